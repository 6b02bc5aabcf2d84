// Audio in Chromium: the gallery's two-second tone plays (a click on Play is the user's
// gesture the autoplay policy asks for), its state, position and length reach the server,
// seek moves the position, pause and the end of the track are reported; volume, balance,
// playbackRate and releaseMode reach the <audio> element and its Web Audio panner.
// Screenshots of the gallery page.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main, toneWavBase64 } from "../../examples/controls/media.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function openGallery(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "State: stopped", 10_000);
  return page;
}

/** The hidden <audio> element's current state. */
const element = (page: Page) =>
  page.locator(".flet-audio audio").evaluate((audio: HTMLAudioElement) => {
    const host = audio.parentElement as HTMLElement & {
      fletGraph?: { panner: StereoPannerNode };
    };
    return {
      volume: audio.volume,
      playbackRate: audio.playbackRate,
      loop: audio.loop,
      autoplay: audio.autoplay,
      time: audio.currentTime,
      pan: host.fletGraph?.panner.pan.value,
      hidden: audio.getAttribute("aria-hidden"),
    };
  });

describe("Audio in Chromium", () => {
  it("plays, reports position, pauses, seeks, resumes by keyboard and completes", async () => {
    const page = await openGallery();
    // The player draws nothing.
    expect(await page.locator(".flet-audio").isVisible()).toBe(false);
    expect((await element(page)).hidden).toBe("true");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await waitForText(page, "State: playing", 10_000);
    await waitForText(page, "Duration: 2000 ms", 10_000);
    await waitForText(page, "Position: 1000 ms", 10_000);
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await waitForText(page, "State: paused", 10_000);
    // getDuration() answers the server with the track's length.
    await page.getByRole("button", { name: "Get duration", exact: true }).click();
    await waitForText(page, "Duration: 2000 ms", 10_000);
    await page.getByRole("button", { name: "Seek to 1 s", exact: true }).click();
    await waitForText(page, "State: paused (sought)", 10_000);
    expect((await element(page)).time).toBeCloseTo(1, 1);
    await page.getByRole("button", { name: "Resume", exact: true }).focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "State: playing", 10_000);
    await waitForText(page, "State: completed", 10_000);
    await waitForText(page, "Position: 2000 ms", 10_000);
  });

  it("changes the volume from the buttons", async () => {
    const page = await openGallery();
    expect((await element(page)).volume).toBeCloseTo(0.5);
    await page.getByRole("button", { name: "Volume down", exact: true }).click();
    await waitForText(page, "Volume: 40 %");
    expect((await element(page)).volume).toBeCloseTo(0.4);
    await page.getByRole("button", { name: "Volume up", exact: true }).focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Space");
    await waitForText(page, "Volume: 60 %");
    expect((await element(page)).volume).toBeCloseTo(0.6);
  });

  it("gives balance, playbackRate, releaseMode and autoplay to the element", async () => {
    let audio: ft.Audio | undefined;
    const page = await suite.open((p) => {
      audio = new ft.Audio({
        srcBase64: toneWavBase64(1),
        balance: -1,
        playbackRate: 1.5,
        releaseMode: ft.ReleaseMode.LOOP,
        autoplay: false,
      });
      p.overlay.push(audio);
      p.add(new ft.Text("Ready"));
    });
    await waitForText(page, "Ready", 10_000);
    await expect
      .poll(() => element(page))
      .toMatchObject({ pan: -1, playbackRate: 1.5, loop: true, autoplay: false });
    await expect.poll(() => audio!.getDuration()).toBe(1000);
    audio!.balance = 0.5;
    audio!.releaseMode = ft.ReleaseMode.STOP;
    audio!.update();
    await expect.poll(() => element(page)).toMatchObject({ pan: 0.5, loop: false });
    // Played: the position goes on; looping: it goes back to the start.
    await page.mouse.click(1, 1);
    audio!.releaseMode = ft.ReleaseMode.LOOP;
    audio!.update();
    await audio!.play();
    await expect.poll(async () => (await audio!.getCurrentPosition()) ?? 0).toBeGreaterThan(0);
    await audio!.release();
    expect(await audio!.getCurrentPosition()).toBeUndefined();
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await openGallery();
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-media-${scheme}.png` });
  });
});
