// Video in Chromium: two-second clips from the gallery's assets play through a playlist
// (next, previous, loop, the end of a clip moving on, stop, jumpTo, shuffle), the
// methods answer from the element, the props reach the <video> and its <track> (WebVTT,
// and SRT converted), errors and fullscreen reach the server, the screen is kept on while
// playing, and hiding the page pauses. Screenshots of the gallery's Media page.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/media.js";
import { galleryAssetsDir } from "../../examples/gallery.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();
const A = "media/clip-a.webm";
const B = "media/clip-b.webm";

/** The <video> element's state. */
const element = (page: Page) =>
  page.locator(".flet-video video").evaluate((video: HTMLVideoElement) => ({
    src: video.getAttribute("src"),
    paused: video.paused,
    time: video.currentTime,
    volume: video.volume,
    rate: video.playbackRate,
    muted: video.muted,
    controls: video.controls,
    loop: video.loop,
    fit: video.style.objectFit,
    position: video.style.objectPosition,
    rendering: video.style.imageRendering,
    label: video.getAttribute("aria-label"),
    fill: getComputedStyle(video.parentElement!).backgroundColor,
    track: {
      src: video.querySelector("track")?.getAttribute("src") ?? null,
      label: video.querySelector("track")?.label,
      lang: video.querySelector("track")?.srclang,
      mode: video.textTracks[0]?.mode,
      cues: [...(video.textTracks[0]?.cues ?? [])].map((cue) => ({
        text: (cue as VTTCue).text,
        align: (cue as VTTCue).align,
      })),
    },
  }));

const srcOf = async (page: Page) => (await element(page)).src;

/** Serves one Video with `options`, with buttons for its methods. */
async function openVideo(options: ft.ControlOptions<ft.Video>): Promise<[Page, ft.Video]> {
  let video: ft.Video | undefined;
  const page = await suite.open(
    (p) => {
      video = new ft.Video({ width: 320, ...options });
      p.add(video, new ft.Text("Ready"));
    },
    { assetsDir: galleryAssetsDir },
  );
  await waitForText(page, "Ready", 10_000);
  await page.locator(".flet-video video").waitFor({ state: "attached", timeout: 10_000 });
  return [page, video!];
}

describe("Video in Chromium", () => {
  it("plays the gallery's looping playlist: loaded, next, previous around the ends, stop", async () => {
    const page = await suite.open(main, { assetsDir: galleryAssetsDir });
    await waitForText(page, "Video: loaded", 15_000);
    expect(await srcOf(page)).toBe(A);
    // A click is the user's gesture the autoplay policy asks for.
    await page.getByRole("button", { name: "Play or pause", exact: true }).click();
    await expect.poll(async () => (await element(page)).paused).toBe(false);
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect.poll(() => srcOf(page)).toBe(B);
    // Still playing, on the next clip.
    await expect.poll(async () => (await element(page)).paused).toBe(false);
    // playlistMode loop: past the last is the first, before the first is the last.
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect.poll(() => srcOf(page)).toBe(A);
    await page.getByRole("button", { name: "Previous", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => srcOf(page)).toBe(B);
    await page.getByRole("button", { name: "Where?", exact: true }).click();
    await page.getByText(/^Position: \d+ of 20\d\d ms$/).waitFor({ timeout: 10_000 });
    await page.getByRole("button", { name: "Stop", exact: true }).click();
    await expect.poll(() => element(page)).toMatchObject({ src: A, paused: true, time: 0 });
  });

  it("moves on at the end of a clip and completes at the end of the playlist", async () => {
    const [page, video] = await openVideo({
      playlist: [new ft.VideoMedia(A), new ft.VideoMedia(B)],
      playbackRate: 4,
    });
    await page.mouse.click(1, 1);
    await video.play();
    await expect.poll(() => srcOf(page), { timeout: 10_000 }).toBe(B);
    await expect.poll(() => video.isCompleted(), { timeout: 10_000 }).toBe(true);
    expect(await video.isPlaying()).toBe(false);
    expect(await video.getDuration()).toBeGreaterThanOrEqual(2000);
    // jumpTo goes back to the first clip; seek moves in it.
    await video.jumpTo(0);
    expect(await srcOf(page)).toBe(A);
    await video.seek(1500);
    expect(await video.getCurrentPosition()).toBe(1500);
    expect(await video.isCompleted()).toBe(false);
  });

  it("repeats one clip with playlistMode single, and follows a shuffled order", async () => {
    const five = [1, 2, 3, 4, 5].map((n) => new ft.VideoMedia(`${A}?${n}`));
    const [page, video] = await openVideo({ playlist: five, playlistMode: ft.PlaylistMode.SINGLE });
    expect((await element(page)).loop).toBe(true);
    const visit = async () => {
      const seen = [await srcOf(page)];
      for (let step = 0; step < 4; step++) {
        await video.next();
        seen.push(await srcOf(page));
      }
      // At the end, next goes nowhere (playlistMode is not loop).
      await video.next();
      expect(await srcOf(page)).toBe(seen.at(-1));
      return seen.map((src) => Number(src?.split("?")[1]));
    };
    expect(await visit()).toEqual([1, 2, 3, 4, 5]);
    // Shuffled: every clip once, the playing one first, the others in a random order
    // (the same order as before has a 1 in 24 chance; three tries make a false failure
    // about 1 in 14,000).
    video.shufflePlaylist = true;
    video.update();
    const orders: number[][] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      // Off, then on again: a new random order (each method call sees the latest flag).
      video.shufflePlaylist = false;
      video.update();
      await video.jumpTo(0);
      video.shufflePlaylist = true;
      video.update();
      const order = await visit();
      expect([...order].sort()).toEqual([1, 2, 3, 4, 5]);
      expect(order[0]).toBe(1);
      orders.push(order);
    }
    expect(orders.some((order) => order.join() !== "1,2,3,4,5")).toBe(true);
  });

  it("adds to and removes from the playlist, keeping the clip that shows", async () => {
    const [page, video] = await openVideo({ playlist: [new ft.VideoMedia(A)] });
    await video.playlistAdd(new ft.VideoMedia(B));
    await video.next();
    expect(await srcOf(page)).toBe(B);
    // Removing an earlier item keeps B on screen; removing B moves to what is left.
    await video.playlistRemove(0);
    expect(await srcOf(page)).toBe(B);
    await video.playlistAdd(new ft.VideoMedia(A));
    await video.playlistRemove(0);
    await expect.poll(() => srcOf(page)).toBe(A);
    expect(video.playlist?.map((m) => m.resource)).toEqual([A]);
  });

  it("gives its props to the <video> and the subtitles to its <track>", async () => {
    const [page, video] = await openVideo({
      playlist: [new ft.VideoMedia(A)],
      volume: 50,
      playbackRate: 1.5,
      muted: true,
      showControls: false,
      fit: ft.ImageFit.COVER,
      alignment: ft.alignment.topLeft,
      filterQuality: ft.FilterQuality.NONE,
      fillColor: "#1e88e5",
      title: "Clip A",
      subtitleConfiguration: {
        src: "media/subtitles.vtt",
        title: "English",
        language: "en",
        textAlign: ft.TextAlign.LEFT,
      },
    });
    await expect
      .poll(() => element(page))
      .toMatchObject({
        volume: 0.5,
        rate: 1.5,
        muted: true,
        controls: false,
        loop: false,
        fit: "cover",
        position: "0% 0%",
        rendering: "pixelated",
        label: "Clip A",
        fill: "rgb(30, 136, 229)",
        track: {
          src: "media/subtitles.vtt",
          label: "English",
          lang: "en",
          mode: "showing",
          cues: [{ text: "Hello from the subtitles", align: "left" }],
        },
      });
    // An SRT file is read and handed to the track as WebVTT; visible: false hides it.
    video.subtitleConfiguration = { src: "media/subtitles.srt", visible: false };
    video.update();
    await expect
      .poll(async () => (await element(page)).track)
      .toMatchObject({
        mode: "hidden",
        cues: [{ text: "Hello from an SRT file", align: "center" }],
      });
    expect((await element(page)).track.src).toMatch(/^blob:/);
  });

  it("reports a clip that cannot play with onError, naming it", async () => {
    const errors: string[] = [];
    const [, video] = await openVideo({
      playlist: [new ft.VideoMedia("media/missing.webm")],
      onError: (e) => errors.push(String(e.data)),
    });
    await expect.poll(() => errors.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(errors, errors.join("\n")).toHaveLength(1);
    expect(errors[0]).toMatch(/^media\/missing\.webm: /);
    // A subtitles file that is not there is reported too.
    video.subtitleConfiguration = { src: "media/missing.vtt" };
    video.update();
    await expect.poll(() => errors.length, { timeout: 10_000 }).toBe(2);
    expect(errors[1]).toBe("media/missing.vtt: the subtitles did not load");
  });

  it("keeps the screen on while playing, and pauses while the page is hidden", async () => {
    const events: string[] = [];
    const [page, video] = await openVideo({
      playlist: [new ft.VideoMedia(A)],
      playlistMode: ft.PlaylistMode.SINGLE,
      muted: true,
      onEnterFullscreen: () => events.push("enter"),
      onExitFullscreen: () => events.push("exit"),
    });
    // Count the wake lock requests the page makes (the lock itself is the browser's).
    await page.evaluate(() => {
      const lock = navigator.wakeLock;
      const w = window as unknown as { locks: number };
      w.locks = 0;
      const request = lock.request.bind(lock);
      lock.request = (type) => {
        w.locks++;
        return request(type);
      };
    });
    await page.mouse.click(1, 1);
    await video.play();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { locks: number }).locks))
      .toBe(1);
    // The page goes to the background (as when another tab is chosen), then comes back.
    const visibility = (hidden: boolean) =>
      page.evaluate((value) => {
        Object.defineProperty(document, "hidden", { value, configurable: true });
        document.dispatchEvent(new Event("visibilitychange"));
      }, hidden);
    await visibility(true);
    await expect.poll(() => video.isPlaying()).toBe(false);
    await visibility(false);
    expect(await video.isPlaying()).toBe(false);
    // resumeUponEnteringForegroundMode plays it again after the next hiding.
    video.resumeUponEnteringForegroundMode = true;
    video.update();
    await video.play();
    await visibility(true);
    await expect.poll(() => video.isPlaying()).toBe(false);
    await visibility(false);
    await expect.poll(() => video.isPlaying()).toBe(true);
    // A double click on a playing video with controls goes fullscreen (Chromium's own).
    await page.locator(".flet-video video").dblclick();
    await expect.poll(() => events).toEqual(["enter"]);
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => events).toEqual(["enter", "exit"]);
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await suite.open(main, { assetsDir: galleryAssetsDir });
    await page.emulateMedia({ colorScheme: scheme });
    await waitForText(page, "Video: loaded", 15_000);
    await page.locator(".flet-video").scrollIntoViewIfNeeded();
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-video-${scheme}.png` });
  });
});
