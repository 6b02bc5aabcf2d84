// AudioRecorder in Chromium with its fake microphone (a beeping tone): a WAV recording,
// paused and resumed, is uploaded into the app's upload directory; an opus one stays in
// the browser as a blob: URL that plays; a refused microphone and an encoder the browser
// lacks are clear FLET_ERR_CALL_FAILED errors, and an outputPath without an upload
// directory is FLET_ERR_CONFIG_INVALID before anything is recorded.
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ft from "flet-ts";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { main as mediaPage } from "../../examples/controls/media.js";
import { launchBrowser, serveApp, type TestApp, waitForText } from "./browser.js";

let browser: Browser;
let app: TestApp | undefined;
let context: BrowserContext | undefined;
let uploadDir = "";

beforeAll(async () => {
  // Chromium's fake capture device: a microphone that needs no hardware.
  browser = await launchBrowser(["--use-fake-device-for-media-stream"]);
  uploadDir = await mkdtemp(join(tmpdir(), "flet-recordings-"));
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await rm(uploadDir, { recursive: true, force: true });
});
afterEach(async () => {
  await context?.close();
  await app?.close();
  context = undefined;
  app = undefined;
});

/** Serves a page with `recorder` in its overlay; `allow`: the user allows the microphone. */
async function open(
  recorder: ft.AudioRecorder,
  options: { allow?: boolean; uploads?: boolean } = {},
): Promise<Page> {
  app = await serveApp(
    (page) => {
      page.overlay.push(recorder);
      page.add(new ft.Text("Ready"));
    },
    options.uploads === false ? {} : { uploadDir },
  );
  context = await browser.newContext();
  if (options.allow !== false)
    await context.grantPermissions(["microphone"], { origin: new URL(app.url).origin });
  const page = await context.newPage();
  await page.goto(app.url);
  await waitForText(page, "Ready", 10_000);
  return page;
}

describe("AudioRecorder in Chromium", () => {
  it("records WAV, pauses and resumes, and uploads it into the upload directory", async () => {
    const states: string[] = [];
    const recorder = new ft.AudioRecorder({
      channelsNum: 1,
      sampleRate: 16000,
      onStateChanged: (e) => states.push(e.state),
    });
    const page = await open(recorder);
    expect(await recorder.hasPermission()).toBe(true);
    await recorder.startRecording("memo.wav");
    expect(await recorder.isRecording()).toBe(true);
    // Half a second of sound (the fake microphone beeps), a pause, then a bit more.
    await page.waitForTimeout(500);
    await recorder.pauseRecording();
    expect(await recorder.isPaused()).toBe(true);
    await recorder.resumeRecording();
    await page.waitForTimeout(300);
    await expect(recorder.stopRecording()).resolves.toBe("memo.wav");
    expect(await recorder.isRecording()).toBe(false);
    await expect.poll(() => states).toEqual(["recording", "paused", "recording", "stopped"]);
    const file = await readFile(join(uploadDir, "memo.wav"));
    expect(file.subarray(0, 4).toString()).toBe("RIFF");
    expect(file.subarray(8, 12).toString()).toBe("WAVE");
    // Mono, 16 kHz, 16 bits: about 0.8 s of samples (at least 0.5 s).
    expect(file.readUInt16LE(22)).toBe(1);
    expect(file.readUInt32LE(24)).toBe(16000);
    expect(file.readUInt32LE(40)).toBeGreaterThan(16000 * 2 * 0.5);
  });

  it("records opus with MediaRecorder into a blob: URL the page can play", async () => {
    const recorder = new ft.AudioRecorder({ audioEncoder: ft.AudioEncoder.OPUS });
    const page = await open(recorder);
    expect(await recorder.isSupportedEncoder(ft.AudioEncoder.OPUS)).toBe(true);
    expect(await recorder.isSupportedEncoder(ft.AudioEncoder.WAV)).toBe(true);
    expect(await recorder.isSupportedEncoder(ft.AudioEncoder.AMRNB)).toBe(false);
    await recorder.startRecording();
    await page.waitForTimeout(500);
    const url = await recorder.stopRecording();
    expect(url).toMatch(/^blob:/);
    // An Audio on the same page plays it.
    let loaded = false;
    const audio = new ft.Audio(url!, { onLoaded: () => void (loaded = true) });
    recorder.page.overlay.push(audio);
    recorder.page.update();
    await expect.poll(() => loaded, { timeout: 10_000 }).toBe(true);
    expect(
      await page.locator(".flet-audio audio").evaluate((el: HTMLAudioElement) => el.readyState),
    ).toBeGreaterThan(1);
    // Nothing recording: stop answers nothing.
    await expect(recorder.stopRecording()).resolves.toBeUndefined();
    const inputs = await recorder.getInputDevices();
    expect(Object.keys(inputs).length).toBeGreaterThan(0);
  });

  it("asks the browser for noise suppression, echo cancelling, gain and the bit rate", async () => {
    const recorder = new ft.AudioRecorder({
      audioEncoder: ft.AudioEncoder.OPUS,
      suppressNoise: true,
      cancelEcho: true,
      autoGain: true,
      bitRate: 64000,
    });
    const page = await open(recorder);
    // Note what the page asks getUserMedia and MediaRecorder for (they do the rest).
    await page.evaluate(() => {
      const w = window as unknown as { asked: unknown[] };
      w.asked = [];
      const devices = navigator.mediaDevices;
      const getUserMedia = devices.getUserMedia.bind(devices);
      devices.getUserMedia = (constraints) => {
        w.asked.push(constraints?.audio);
        return getUserMedia(constraints);
      };
      const Recorder = window.MediaRecorder;
      window.MediaRecorder = class extends Recorder {
        constructor(stream: MediaStream, options?: MediaRecorderOptions) {
          w.asked.push({ bits: options?.audioBitsPerSecond });
          super(stream, options);
        }
      };
    });
    await recorder.startRecording();
    await recorder.stopRecording();
    const asked = await page.evaluate(() => (window as unknown as { asked: unknown[] }).asked);
    expect(asked).toEqual([
      expect.objectContaining({
        noiseSuppression: true,
        echoCancellation: true,
        autoGainControl: true,
      }),
      { bits: 64000 },
    ]);
  });

  it("says clearly when the microphone is refused or the encoder is not recorded", async () => {
    const refused = new ft.AudioRecorder();
    await open(refused, { allow: false });
    expect(await refused.hasPermission()).toBe(false);
    await expect(refused.startRecording()).rejects.toMatchObject({
      code: "FLET_ERR_CALL_FAILED",
      message: expect.stringContaining("Expected the user to allow the microphone"),
    });
    expect(await refused.isRecording()).toBe(false);
    await context?.close();
    await app?.close();
    const flac = new ft.AudioRecorder({ audioEncoder: ft.AudioEncoder.FLAC });
    await open(flac);
    await expect(flac.startRecording()).rejects.toThrow(
      /Expected an encoder this browser records \(.*wav.*\), but got "flac"/,
    );
    expect(await flac.isRecording()).toBe(false);
  });

  it("records and plays back on the gallery's Media page, by mouse and keyboard", async () => {
    app = await serveApp(mediaPage);
    context = await browser.newContext();
    await context.grantPermissions(["microphone"], { origin: new URL(app.url).origin });
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForText(page, "Recorder: stopped", 10_000);
    const play = page.getByRole("button", { name: "Play the recording" });
    expect(await play.isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Record", exact: true }).click();
    await waitForText(page, "Recorder: recording", 10_000);
    await page.getByRole("button", { name: "Pause recording" }).click();
    await waitForText(page, "Recorder: paused", 10_000);
    await page.getByRole("button", { name: "Resume recording" }).focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "Recorder: recording", 10_000);
    await page.waitForTimeout(400);
    await page.getByRole("button", { name: "Stop recording" }).click();
    await waitForText(page, "Recorder: stopped", 10_000);
    await expect.poll(() => play.isDisabled()).toBe(false);
    await play.click();
    // The player in the overlay got the recording's blob: URL and plays it.
    await expect
      .poll(() =>
        page
          .locator(".flet-audio audio")
          .last()
          .evaluate((el: HTMLAudioElement) => el.src.startsWith("blob:") && el.readyState > 1),
      )
      .toBe(true);
  });

  it("refuses an outputPath without an upload directory before recording", async () => {
    const recorder = new ft.AudioRecorder();
    await open(recorder, { uploads: false });
    expect(() => recorder.startRecording("memo.wav")).toThrow(
      expect.objectContaining({ code: "FLET_ERR_CONFIG_INVALID" }),
    );
    expect(await recorder.isRecording()).toBe(false);
    await expect(stat(join(uploadDir, "nothing.wav"))).rejects.toThrow();
  });
});
