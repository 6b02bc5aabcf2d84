// Slider against the pack contract kit: every prop it declares changes what the browser
// shows (range, steps, label, colours), and its events are sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("Slider against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Slider],
      samples: {
        slider: {
          value: 30,
          min: 10,
          max: 90,
          divisions: 8,
          label: "{value}%",
          round: 2,
          activeColor: "#1e88e5",
          inactiveColor: "#d81b60",
          thumbColor: "#43a047",
        },
      },
      exempt: { slider: { ...layoutOnly, ...noTwin } },
      triggers: {
        slider: {
          change: (control) => control.getByRole("slider").press("ArrowRight"),
          changeStart: (control) => control.getByRole("slider").press("ArrowRight"),
          changeEnd: (control) => control.getByRole("slider").press("ArrowRight"),
          focus: (control) => control.getByRole("slider").focus(),
          blur: async (control) => {
            await control.getByRole("slider").focus();
            await control.getByRole("slider").blur();
          },
        },
      },
    });
  }, 400_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => `${check.type}.${check.member}`)).toEqual(
      expect.arrayContaining([
        "slider.value",
        "slider.divisions",
        "slider.round",
        "slider.thumbColor",
        "slider.change",
        "slider.changeEnd",
      ]),
    );
  });
});
