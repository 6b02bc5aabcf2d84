// AudioRecorder in the tester: Flet 0.21's props, event and methods; the methods reaching
// the browser with their arguments (a signed upload URL for an outputPath), the answer
// of stopRecording, typed state events, and bad input refused.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { wavBytes } from "../../controls/browser/audio-recorder.js";
import { errorCodeOf, namesOf, propOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("AudioRecorder", () => {
  it("has Flet 0.21's props, event and defaults", () => {
    expect(namesOf(ft.AudioRecorder).props).toEqual(
      expect.arrayContaining([
        "audioEncoder",
        "suppressNoise",
        "cancelEcho",
        "autoGain",
        "bitRate",
        "sampleRate",
        "channelsNum",
      ]),
    );
    expect(namesOf(ft.AudioRecorder).events).toEqual(["onStateChanged"]);
    expect(propOf(ft.AudioRecorder, "audioEncoder")?.default).toBe("wav");
    expect(propOf(ft.AudioRecorder, "sampleRate")?.default).toBe(44100);
    expect(ft.AudioEncoder.AACLC).toBe("aacLc");
  });

  it("runs its methods in the browser with their arguments", async () => {
    const recorder = new ft.AudioRecorder();
    t = await createTester((page) => void page.overlay.push(recorder));
    // No upload directory here: an outputPath is refused before the browser is asked.
    expect(() => recorder.startRecording("memo.wav")).toThrow(
      expect.objectContaining({ code: "FLET_ERR_CONFIG_INVALID" }),
    );
    await recorder.startRecording();
    await recorder.pauseRecording();
    await recorder.resumeRecording();
    await recorder.isSupportedEncoder(ft.AudioEncoder.OPUS);
    await recorder.stopRecording();
    const calls = t.browser.calls.filter((call) => call.target === recorder.uid);
    expect(calls.map((call) => call.method)).toEqual([
      "startRecording",
      "pauseRecording",
      "resumeRecording",
      "isSupportedEncoder",
      "stopRecording",
    ]);
    expect(calls[3]?.args).toEqual({ encoder: "opus" });
    // Without an outputPath the recording stays in the browser: no upload URL is sent.
    expect(calls[4]?.args).toEqual({});
  });

  it("hands typed state events to its handler", async () => {
    const seen: string[] = [];
    const recorder = new ft.AudioRecorder({ onStateChanged: (e) => void seen.push(e.state) });
    t = await createTester((page) => void page.overlay.push(recorder));
    const found = t.find.byType(ft.AudioRecorder);
    for (const state of ["recording", "paused", "stopped", "nonsense"])
      await t.trigger(found, "stateChanged", state);
    expect(seen).toEqual(["recording", "paused", "stopped", "stopped"]);
  });

  it("refuses bad numbers, an empty outputPath and an unknown encoder", async () => {
    expect(errorCodeOf(() => new ft.AudioRecorder({ channelsNum: 3 }))).toBe(
      "FLET_ERR_PROP_INVALID_VALUE",
    );
    expect(() => new ft.AudioRecorder({ sampleRate: 100 })).toThrow(/sampleRate/);
    expect(() => new ft.AudioRecorder({ bitRate: 1.5 })).toThrow(/bitRate/);
    const recorder = new ft.AudioRecorder();
    await expect(recorder.startRecording("")).rejects.toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
    });
    await expect(recorder.isSupportedEncoder("mp3" as ft.AudioEncoder)).rejects.toThrow(
      /one of aacLc, aacEld/,
    );
    await expect(recorder.stopRecording()).rejects.toMatchObject({
      code: "FLET_ERR_CONTROL_NOT_MOUNTED",
    });
  });

  it("writes 16-bit PCM WAV with the channels interleaved", () => {
    const left = [new Float32Array([0, 1]), new Float32Array([-1])];
    const right = [new Float32Array([0.5, -0.5]), new Float32Array([2])];
    const bytes = new DataView(wavBytes([left, right], 8000));
    expect(bytes.byteLength).toBe(44 + 3 * 2 * 2);
    expect(bytes.getUint16(22, true)).toBe(2);
    expect(bytes.getUint32(24, true)).toBe(8000);
    const samples = Array.from({ length: 6 }, (_, i) => bytes.getInt16(44 + i * 2, true));
    // Clipped to -1..1.
    expect(samples).toEqual([0, 16383, 32767, -16384, -32768, 32767]);
  });
});
