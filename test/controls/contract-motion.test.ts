// ShaderMask and AnimatedSwitcher against the pack contract kit: every prop they declare
// changes what the browser shows (the mask's filter and gradient, the switcher's timings
// and transition on its element), and every event is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("ShaderMask and AnimatedSwitcher against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.ShaderMask, ft.AnimatedSwitcher],
      samples: {
        shadermask: {
          content: () => new ft.Container({ width: 80, height: 40, bgcolor: ft.colors.BLUE }),
          shader: ft.linearGradient([ft.colors.BLACK, ft.colors.TRANSPARENT]),
          blendMode: ft.BlendMode.DST_IN,
          borderRadius: 8,
        },
        animatedswitcher: {
          content: () => new ft.Text("Shown"),
          transition: ft.AnimatedSwitcherTransition.SCALE,
          duration: 300,
          reverseDuration: 200,
          switchInCurve: ft.AnimationCurve.BOUNCE_OUT,
          switchOutCurve: ft.AnimationCurve.EASE_IN,
        },
      },
      exempt: {
        shadermask: {
          ...layoutOnly,
          ...noTwin,
          shader:
            "required: validate() refuses a ShaderMask without one, and the kit mounts it without; its pixels are checked in test/e2e/motion.test.ts",
        },
        animatedswitcher: {
          ...layoutOnly,
          ...noTwin,
          ...Object.fromEntries(
            ["duration", "reverseDuration", "switchInCurve", "switchOutCurve"].map((name) => [
              name,
              "times the next switch of content; test/e2e/motion.test.ts reads both moves' transitions",
            ]),
          ),
        },
      },
    });
  }, 180_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "shadermask.blendMode",
        "shadermask.borderRadius",
        "shadermask.animationEnd",
        "animatedswitcher.transition",
        "animatedswitcher.switchOutCurve",
        "animatedswitcher.reverseDuration",
      ]),
    );
  });
});
