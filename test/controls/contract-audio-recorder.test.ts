// AudioRecorder against the pack contract kit: a non-visual control (page.overlay) whose
// renderer is there and draws nothing. Its props act only while it records, and its one
// event needs a microphone: test/e2e/audio-recorder.test.ts checks each of them with
// Chromium's fake microphone (the WAV header's rate and channels, the constraints and bit
// rate asked for, the states sent).
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const INVISIBLE = "a non-visual control (page.overlay): it draws nothing";
const RECORDING = "acts while recording, on the microphone: test/e2e/audio-recorder.test.ts";

describe("AudioRecorder against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.AudioRecorder],
      exempt: {
        audiorecorder: {
          ...layoutOnly,
          ...noTwin,
          visible: INVISIBLE,
          disabled: INVISIBLE,
          tooltip: INVISIBLE,
          audioEncoder: RECORDING,
          suppressNoise: RECORDING,
          cancelEcho: RECORDING,
          autoGain: RECORDING,
          bitRate: RECORDING,
          sampleRate: RECORDING,
          channelsNum: RECORDING,
          stateChanged: RECORDING,
        },
      },
    });
  }, 120_000);

  it("has its renderer, and every member is checked or exempt with a reason", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.find((check) => check.member === "renderer")?.ok).toBe(true);
  });
});
