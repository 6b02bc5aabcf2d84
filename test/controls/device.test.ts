// HapticFeedback, ShakeDetector and WindowDragArea in the tester: Flet 0.21's shape, the
// haptic methods reaching the browser, a shake arriving in onShake, the shake algorithm of
// Flutter's shake package, and a WindowDragArea without content refused whole.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { ShakeCounter, VIBRATION_MS } from "../../controls/browser/device.js";
import { namesOf, propOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const DEFAULTS = {
  minimumShakeCount: 1,
  shakeSlopTimeMs: 500,
  shakeCountResetTimeMs: 3000,
  shakeThresholdGravity: 2.7,
};
/** A reading of `g` times gravity along x. */
const shake = (counter: ShakeCounter, g: number, at: number, settings = DEFAULTS) =>
  counter.reading(9.80665 * g, 0, 0, at, settings);

describe("device controls", () => {
  it("have Flet 0.21's props, events and base classes", () => {
    expect(namesOf(ft.ShakeDetector).props).toEqual(
      expect.arrayContaining([
        "minimumShakeCount",
        "shakeSlopTimeMs",
        "shakeCountResetTimeMs",
        "shakeThresholdGravity",
      ]),
    );
    expect(namesOf(ft.ShakeDetector).events).toEqual(["onShake"]);
    expect(propOf(ft.ShakeDetector, "shakeThresholdGravity")?.default).toBe(2.7);
    expect(namesOf(ft.WindowDragArea).slots).toEqual(["content"]);
    expect(propOf(ft.WindowDragArea, "maximizable")?.default).toBe(true);
    expect(ft.WindowDragArea.prototype instanceof ft.ConstrainedControl).toBe(true);
    expect(ft.HapticFeedback.prototype instanceof ft.ConstrainedControl).toBe(false);
  });

  it("runs the haptic methods in the browser", async () => {
    const haptics = new ft.HapticFeedback();
    t = await createTester((page) => {
      page.overlay.push(haptics);
      page.add(new ft.ElevatedButton("Heavy", { onClick: () => haptics.heavyImpact() }));
    });
    await t.tap(t.find.text("Heavy"));
    await haptics.lightImpact();
    await haptics.mediumImpact();
    await haptics.vibrate();
    const calls = t.browser.calls.filter((call) => call.target === haptics.uid);
    expect(calls.map((call) => call.method)).toEqual([
      "heavyImpact",
      "lightImpact",
      "mediumImpact",
      "vibrate",
    ]);
    // Each method has its own length, lightest first.
    expect(VIBRATION_MS.lightImpact!).toBeLessThan(VIBRATION_MS.mediumImpact!);
    expect(VIBRATION_MS.mediumImpact!).toBeLessThan(VIBRATION_MS.heavyImpact!);
  });

  it("refuses a haptic method before the control is on a page", async () => {
    await expect(new ft.HapticFeedback().vibrate()).rejects.toMatchObject({
      code: "FLET_ERR_CONTROL_NOT_MOUNTED",
    });
  });

  it("hands a shake to onShake", async () => {
    const shakes: string[] = [];
    t = await createTester((page) => {
      page.overlay.push(new ft.ShakeDetector({ onShake: () => void shakes.push("shake") }));
    });
    await t.trigger(t.find.byType(ft.ShakeDetector), "shake");
    expect(shakes).toEqual(["shake"]);
  });

  it("refuses bad shake settings", () => {
    expect(() => new ft.ShakeDetector({ minimumShakeCount: 0 })).toThrow(/minimumShakeCount/);
    expect(() => new ft.ShakeDetector({ shakeThresholdGravity: -1 })).toThrow(
      /shakeThresholdGravity/,
    );
  });

  it("counts shakes as Flutter's shake package does", () => {
    const counter = new ShakeCounter(0);
    // Under the threshold, or within the slop time of the start: no shake.
    expect(shake(counter, 2, 1000)).toBe(false);
    expect(shake(counter, 3, 100)).toBe(false);
    expect(shake(counter, 3, 1000)).toBe(true);
    const twice = { ...DEFAULTS, minimumShakeCount: 2, shakeSlopTimeMs: 300 };
    const pair = new ShakeCounter(0);
    expect(shake(pair, 3, 1000, twice)).toBe(false);
    expect(shake(pair, 3, 1100, twice)).toBe(false); // within the slop time: ignored
    expect(shake(pair, 3, 1400, twice)).toBe(true);
    // After the reset time without shakes the count starts again.
    expect(shake(pair, 3, 5000, twice)).toBe(false);
    expect(shake(pair, 3, 5400, twice)).toBe(true);
  });

  it("keeps a WindowDragArea's content reachable", async () => {
    const taps: string[] = [];
    t = await createTester((page) =>
      page.add(
        new ft.WindowDragArea(new ft.TextButton("Title", { onClick: () => void taps.push("t") }), {
          maximizable: false,
        }),
      ),
    );
    await t.tap(t.find.text("Title"));
    expect(taps).toEqual(["t"]);
  });

  it("refuses an update that leaves a WindowDragArea without content: nothing is sent", async () => {
    const area = new ft.WindowDragArea(new ft.Text("Kept"));
    t = await createTester((page) => page.add(area));
    const sent = t.patches.length;
    area.content = undefined;
    area.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
      message: expect.stringMatching(/Expected WindowDragArea to have content/),
    });
    expect(t.patches.length).toBe(sent);
    expect(t.find.text("Kept").exists).toBe(true);
  });
});
