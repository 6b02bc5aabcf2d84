// RangeSlider against the pack contract kit: every prop it declares changes what the
// browser shows, and its events are sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("RangeSlider against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.RangeSlider],
      samples: {
        rangeslider: {
          startValue: 2,
          endValue: 8,
          min: 1,
          max: 10,
          label: "{value} €",
          overlayColor: { hovered: "#d81b60" },
        },
      },
      exempt: { rangeslider: { ...layoutOnly, ...noTwin } },
      triggers: {
        rangeslider: {
          change: async (slider, page) => {
            await slider.getByRole("slider").first().focus();
            await page.keyboard.press("ArrowRight");
          },
          changeStart: (slider) => slider.getByRole("slider").first().dispatchEvent("pointerdown"),
          changeEnd: async (slider, page) => {
            await slider.getByRole("slider").last().focus();
            await page.keyboard.press("ArrowLeft");
          },
        },
      },
    });
  }, 180_000);

  it("draws every declared prop and sends its events", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => check.member)).toEqual(
      expect.arrayContaining(["startValue", "endValue", "overlayColor", "change", "changeEnd"]),
    );
  });
});
