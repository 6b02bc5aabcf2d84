// Audio in the tester: Flet 0.21's props, events and methods; its methods reaching the
// browser with Flet's arguments, its events typed, and bad input refused.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { audioUrlOf, mimeOfBase64 } from "../../controls/browser/audio.js";
import { errorCodeOf, namesOf, propOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("Audio", () => {
  it("has Flet 0.21's props, events and defaults", () => {
    expect(namesOf(ft.Audio).props).toEqual(
      expect.arrayContaining([
        "src",
        "srcBase64",
        "autoplay",
        "volume",
        "balance",
        "playbackRate",
        "releaseMode",
      ]),
    );
    expect(namesOf(ft.Audio).events).toEqual([
      "onLoaded",
      "onDurationChanged",
      "onStateChanged",
      "onPositionChanged",
      "onSeekComplete",
    ]);
    expect(propOf(ft.Audio, "releaseMode")?.default).toBe("release");
    expect(propOf(ft.Audio, "volume")?.default).toBe(1);
    expect(new ft.Audio("/a.mp3").src).toBe("/a.mp3");
    expect(ft.ReleaseMode.LOOP).toBe("loop");
    expect(ft.Audio.prototype instanceof ft.ConstrainedControl).toBe(false);
  });

  it("runs its methods in the browser with Flet's arguments", async () => {
    const audio = new ft.Audio("/tone.wav");
    t = await createTester((page) => {
      page.overlay.push(audio);
      page.add(new ft.ElevatedButton("Play", { onClick: () => audio.play() }));
    });
    await t.tap(t.find.text("Play"));
    await audio.pause();
    await audio.resume();
    await audio.seek(1500.4);
    await audio.release();
    const calls = t.browser.calls.filter((call) => call.target === audio.uid);
    expect(calls.map((call) => call.method)).toEqual([
      "play",
      "pause",
      "resume",
      "seek",
      "release",
    ]);
    expect(calls[3]?.args).toEqual({ position: 1500 });
    // The tester has no sound: nothing is loaded, so the answers are undefined.
    await expect(audio.getDuration()).resolves.toBeUndefined();
    await expect(audio.getCurrentPosition()).resolves.toBeUndefined();
  });

  it("hands typed events to its handlers", async () => {
    const seen: string[] = [];
    const audio = new ft.Audio({
      srcBase64: "UklGRg==",
      onLoaded: () => void seen.push("loaded"),
      onDurationChanged: (e) => void seen.push(`duration ${e.duration}`),
      onStateChanged: (e) => void seen.push(`state ${e.state}`),
      onPositionChanged: (e) => void seen.push(`position ${e.position}`),
      onSeekComplete: () => void seen.push("seeked"),
    });
    t = await createTester((page) => void page.overlay.push(audio));
    const found = t.find.byType(ft.Audio);
    await t.trigger(found, "loaded");
    await t.trigger(found, "durationChanged", "2000");
    await t.trigger(found, "stateChanged", "playing");
    await t.trigger(found, "positionChanged", "1000");
    await t.trigger(found, "seekComplete");
    await t.trigger(found, "stateChanged", "completed");
    await t.trigger(found, "stateChanged", "nonsense");
    expect(seen).toEqual([
      "loaded",
      "duration 2000",
      "state playing",
      "position 1000",
      "seeked",
      "state completed",
      "state stopped",
    ]);
  });

  it("refuses volume, balance and playbackRate out of range", () => {
    expect(errorCodeOf(() => new ft.Audio("/a.mp3", { volume: 1.5 }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(() => new ft.Audio("/a.mp3", { volume: -0.1 })).toThrow(/volume/);
    expect(() => new ft.Audio("/a.mp3", { balance: 2 })).toThrow(/balance/);
    expect(() => new ft.Audio("/a.mp3", { balance: -1.01 })).toThrow(/balance/);
    expect(() => new ft.Audio("/a.mp3", { playbackRate: 3 })).toThrow(/playbackRate/);
    const audio = new ft.Audio("/a.mp3", { volume: 0.3, balance: -1 });
    expect(() => {
      audio.volume = Number.NaN;
    }).toThrow(/volume/);
    expect(audio.volume).toBe(0.3);
    expect(audio.balance).toBe(-1);
  });

  it("refuses an update that leaves it without src or srcBase64: nothing is sent", async () => {
    const audio = new ft.Audio("/a.mp3");
    t = await createTester((page) => void page.overlay.push(audio));
    const sent = t.patches.length;
    audio.src = undefined;
    audio.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
      message: expect.stringMatching(/Expected Audio to have src or srcBase64/),
    });
    expect(t.patches.length).toBe(sent);
  });

  it("refuses a negative seek and methods before it is on a page", async () => {
    const audio = new ft.Audio("/a.mp3");
    await expect(audio.play()).rejects.toMatchObject({ code: "FLET_ERR_CONTROL_NOT_MOUNTED" });
    await expect(audio.seek(-5)).rejects.toMatchObject({ code: "FLET_ERR_PROP_INVALID_VALUE" });
  });

  it("plays src before srcBase64, and base64 data with its sniffed type", () => {
    expect(audioUrlOf({ src: "/a.mp3", srcBase64: "UklGRg==" })).toBe("/a.mp3");
    expect(audioUrlOf({ srcBase64: "UklGRiQAAABXQVZF" })).toBe(
      "data:audio/wav;base64,UklGRiQAAABXQVZF",
    );
    expect(mimeOfBase64(btoa("OggS\0\0\0\0"))).toBe("audio/ogg");
    expect(mimeOfBase64(btoa("ID3\x03\0\0\0\0"))).toBe("audio/mpeg");
    expect(audioUrlOf({})).toBe("");
  });
});
