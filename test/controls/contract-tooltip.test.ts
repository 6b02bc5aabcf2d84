// The Tooltip control against the pack contract kit: every prop of its look changes its
// bubble in the DOM; timing and placement show only while the bubble is open, so the
// Chromium test (test/e2e/tooltip.test.ts) checks those.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const whenOpen = "placement or timing of the open bubble: checked by hovering in Chromium";

describe("Tooltip against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Tooltip],
      samples: {
        tooltip: {
          content: () => new ft.Text("Tip"),
          message: "Hello",
          padding: 12,
          margin: 8,
          gradient: ft.linearGradient(["#5b0060", "#ffb56b"]),
          border: ft.border.all(2, "#d81b60"),
          borderRadius: 12,
          textStyle: { size: 18, italic: true },
        },
      },
      exempt: {
        tooltip: {
          ...layoutOnly,
          ...noTwin,
          waitDuration: whenOpen,
          showDuration: whenOpen,
          preferBelow: whenOpen,
          verticalOffset: whenOpen,
          margin: whenOpen,
          tooltip: "the bubble shows `message`; the plain tooltip only stands in when it is unset",
          enableFeedback: "a vibration on phones (navigator.vibrate): nothing in the DOM",
        },
      },
    });
  }, 180_000);

  it("draws every prop of the bubble", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "tooltip.message",
        "tooltip.bgcolor",
        "tooltip.gradient",
        "tooltip.shape",
        "tooltip.textAlign",
        "tooltip.height",
      ]),
    );
  });
});
