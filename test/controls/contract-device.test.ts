// HapticFeedback, ShakeDetector and WindowDragArea against the pack contract kit: the
// drag area draws the props every control inherits; the invisible controls draw nothing
// by design, and a synthetic devicemotion shake arrives as `shake`.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

/** Why a member of an invisible control (in `page.overlay`) does not reach the DOM. */
const INVISIBLE = "a non-visual control (page.overlay): it draws nothing";
/** Why a setting of the shake algorithm does not reach the DOM. */
const ALGORITHM = "a setting of the shake algorithm, read on each devicemotion reading";

describe("device controls against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.HapticFeedback, ft.ShakeDetector, ft.WindowDragArea],
      samples: {
        windowdragarea: { content: () => new ft.Text("Drag me") },
        // No slop time: the first strong reading counts.
        shakedetector: { shakeSlopTimeMs: 0 },
      },
      triggers: {
        shakedetector: {
          // Strong readings (4 g) until one counts, as a shaken phone would send.
          shake: async (_locator, tab) => {
            await tab.evaluate(async () => {
              for (let i = 0; i < 20; i++) {
                const event = new Event("devicemotion");
                Object.defineProperty(event, "accelerationIncludingGravity", {
                  value: { x: 4 * 9.80665, y: 0, z: 0 },
                });
                window.dispatchEvent(event);
                await new Promise((resolve) => setTimeout(resolve, 50));
              }
            });
          },
        },
      },
      exempt: {
        hapticfeedback: {
          visible: INVISIBLE,
          disabled: INVISIBLE,
          tooltip: INVISIBLE,
          ...layoutOnly,
          ...noTwin,
        },
        shakedetector: {
          visible: INVISIBLE,
          disabled: INVISIBLE,
          tooltip: INVISIBLE,
          minimumShakeCount: ALGORITHM,
          shakeSlopTimeMs: ALGORITHM,
          shakeCountResetTimeMs: ALGORITHM,
          shakeThresholdGravity: ALGORITHM,
          ...layoutOnly,
          ...noTwin,
        },
        windowdragarea: {
          ...layoutOnly,
          ...noTwin,
          maximizable: "a browser no-op: a page cannot maximize the browser's window",
        },
      },
    });
  }, 180_000);

  it("draws every declared prop and sends shake", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "shakedetector.shake",
        "windowdragarea.width",
        "hapticfeedback.renderer",
      ]),
    );
  });
});
