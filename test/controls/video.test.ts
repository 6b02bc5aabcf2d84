// Video in the tester: Flet 0.21's props, events and methods; the methods reaching the
// browser with their arguments, the playlist methods changing the tree, bad input refused
// (nothing sent), and SRT subtitles converted to WebVTT.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { srtToVtt } from "../../controls/browser/video.js";
import { errorCodeOf, namesOf, propOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const clip = (name: string) => new ft.VideoMedia(`/clips/${name}.webm`);

describe("Video", () => {
  it("has Flet 0.21's props, events and defaults", () => {
    expect(namesOf(ft.Video).props).toEqual(
      expect.arrayContaining([
        "playlist",
        "title",
        "fit",
        "fillColor",
        "wakelock",
        "autoplay",
        "showControls",
        "muted",
        "playlistMode",
        "shufflePlaylist",
        "volume",
        "playbackRate",
        "alignment",
        "filterQuality",
        "pauseUponEnteringBackgroundMode",
        "resumeUponEnteringForegroundMode",
        "pitch",
        "subtitleConfiguration",
        "aspectRatio",
      ]),
    );
    expect(namesOf(ft.Video).events).toEqual(
      expect.arrayContaining(["onLoaded", "onError", "onEnterFullscreen", "onExitFullscreen"]),
    );
    expect(propOf(ft.Video, "wakelock")?.default).toBe(true);
    expect(propOf(ft.Video, "showControls")?.default).toBe(true);
    expect(propOf(ft.Video, "pauseUponEnteringBackgroundMode")?.default).toBe(true);
    expect(new ft.Video([clip("a")]).playlist?.[0]?.resource).toBe("/clips/a.webm");
    expect(ft.PlaylistMode.LOOP).toBe("loop");
    expect(ft.Video.prototype instanceof ft.ConstrainedControl).toBe(true);
    const media = new ft.VideoMedia("/a.webm", { extras: { id: "1" } });
    expect(media).toMatchObject({ resource: "/a.webm", extras: { id: "1" } });
  });

  it("runs its methods in the browser with their arguments", async () => {
    const video = new ft.Video([clip("a"), clip("b")]);
    t = await createTester((page) => {
      page.add(video, new ft.ElevatedButton("Play", { onClick: () => video.play() }));
    });
    await t.tap(t.find.text("Play"));
    await video.pause();
    await video.playOrPause();
    await video.next();
    await video.previous();
    await video.seek(1500.4);
    await video.jumpTo(1);
    await video.stop();
    const calls = t.browser.calls.filter((call) => call.target === video.uid);
    expect(calls.map((call) => call.method)).toEqual([
      "play",
      "pause",
      "playOrPause",
      "next",
      "previous",
      "seek",
      "jumpTo",
      "stop",
    ]);
    expect(calls[5]?.args).toEqual({ position: 1500 });
    expect(calls[6]?.args).toEqual({ mediaIndex: 1 });
    // The tester plays nothing: no length is known.
    await expect(video.getDuration()).resolves.toBeUndefined();
  });

  it("adds to and removes from the playlist in the tree", async () => {
    const video = new ft.Video([clip("a")]);
    t = await createTester((page) => void page.add(video));
    await video.playlistAdd(clip("b"));
    await video.playlistAdd(clip("c"));
    await video.playlistRemove(0);
    await t.settle();
    expect(video.playlist?.map((m) => m.resource)).toEqual(["/clips/b.webm", "/clips/c.webm"]);
    // Each change was sent (three patches of the playlist).
    expect(JSON.stringify(t.patches)).toContain("/clips/c.webm");
  });

  it("hands its events to its handlers", async () => {
    const seen: string[] = [];
    const video = new ft.Video({
      playlist: [clip("a")],
      onLoaded: () => void seen.push("loaded"),
      onError: (e) => void seen.push(`error ${String(e.data)}`),
      onEnterFullscreen: () => void seen.push("enter"),
      onExitFullscreen: () => void seen.push("exit"),
    });
    t = await createTester((page) => void page.add(video));
    const found = t.find.byType(ft.Video);
    await t.trigger(found, "loaded");
    await t.trigger(found, "error", "/clips/a.webm: network error");
    await t.trigger(found, "enterFullscreen");
    await t.trigger(found, "exitFullscreen");
    expect(seen).toEqual(["loaded", "error /clips/a.webm: network error", "enter", "exit"]);
  });

  it("refuses a playlist item without a resource: nothing is sent", async () => {
    const video = new ft.Video([clip("a")]);
    t = await createTester((page) => void page.add(video));
    const sent = t.patches.length;
    video.playlist = [clip("a"), { resource: "" } as ft.VideoMedia];
    video.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
      message: expect.stringMatching(/item 1 has ""/),
    });
    expect(t.patches.length).toBe(sent);
  });

  it("refuses volume, rate, seek, jumpTo and playlist indexes out of range", async () => {
    expect(errorCodeOf(() => new ft.Video({ volume: 101 }))).toBe("FLET_ERR_PROP_INVALID_VALUE");
    expect(() => new ft.Video({ volume: -1 })).toThrow(/volume/);
    expect(() => new ft.Video({ playbackRate: 0 })).toThrow(/playbackRate/);
    const video = new ft.Video([clip("a")]);
    await expect(video.play()).rejects.toMatchObject({ code: "FLET_ERR_CONTROL_NOT_MOUNTED" });
    await expect(video.seek(-1)).rejects.toMatchObject({ code: "FLET_ERR_PROP_INVALID_VALUE" });
    await expect(video.jumpTo(1)).rejects.toThrow(/index of the playlist \(0 to 0\)/);
    await expect(video.playlistRemove(3)).rejects.toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
    });
    await expect(video.playlistAdd({} as ft.VideoMedia)).rejects.toThrow(/with a resource/);
    expect(video.playlist).toHaveLength(1);
  });

  it("turns SRT subtitles into WebVTT", () => {
    const srt =
      "1\r\n00:00:01,500 --> 00:00:03,000\r\nHello\r\n\r\n2\r\n00:00:04,000 --> 00:00:05,250\r\nBye\r\n";
    expect(srtToVtt(srt)).toBe(
      "WEBVTT\n\n00:00:01.500 --> 00:00:03.000\nHello\n\n00:00:04.000 --> 00:00:05.250\nBye\n",
    );
  });
});
