import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import * as accessibility from "../../examples/accessibility.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("accessibility example", () => {
  it("changes the volume slider through its actions", async () => {
    t = await createTester(accessibility.main);
    const slider = t.find.bySemanticsLabel("Volume");
    expect(slider.first).toMatchObject({ value: "50%", increasedValue: "60%", slider: true });
    await t.trigger(slider, "increase");
    await t.trigger(slider, "increase");
    await t.trigger(slider, "decrease");
    expect(slider.first).toMatchObject({ value: "60%", decreasedValue: "50%" });
    expect(t.find.text("Volume: 60%").exists).toBe(true);
    for (let i = 0; i < 8; i++) await t.trigger(slider, "increase");
    expect(slider.first).toMatchObject({ value: "100%", increasedValue: "100%" });
  });

  it("toggles the favourite button's checked state on tap", async () => {
    t = await createTester(accessibility.main);
    const favourite = t.find.bySemanticsLabel("Favourite");
    await t.trigger(favourite, "tap");
    expect(favourite.first).toMatchObject({ checked: true, button: true });
    expect(t.find.text("Marked as favourite").exists).toBe(true);
  });

  it("announces politely and assertively", async () => {
    t = await createTester(accessibility.main);
    await t.tap(t.find.text("Announce politely"));
    await t.tap(t.find.text("Announce assertively"));
    const service = t.page.overlay[0] as ft.SemanticsService;
    expect(t.browser.calls.slice(-2)).toEqual([
      {
        method: "announceMessage",
        args: { message: "Saved, politely", rtl: false, assertiveness: "polite" },
        target: service.uid,
      },
      {
        method: "announceMessage",
        args: { message: "Connection lost!", rtl: false, assertiveness: "assertive" },
        target: service.uid,
      },
    ]);
  });

  it("turns the semantics debugger on and off", async () => {
    t = await createTester(accessibility.main);
    const toggle = t.find.byType(ft.Switch);
    await t.trigger(toggle, "change", true, { value: true });
    expect(t.page.showSemanticsDebugger).toBe(true);
    await t.trigger(toggle, "change", false, { value: false });
    expect(t.page.showSemanticsDebugger).toBe(false);
  });
});
