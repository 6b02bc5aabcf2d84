// ShaderMask, AnimatedSwitcher and ft.Animation in the tester: Flet's props, the
// constructor forms, content that stays usable under a mask and after a switch, the wire
// form of an animation, and bad input refused with coded errors.
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { namesOf, propOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const fade = () => ft.linearGradient([ft.colors.BLACK, ft.colors.TRANSPARENT]);

describe(ft.ShaderMask, () => {
  it("declares Flet 0.21's props and content slot", () => {
    const { props, slots } = namesOf(ft.ShaderMask);
    expect(props).toEqual(expect.arrayContaining(["shader", "blendMode", "borderRadius"]));
    expect(props).toEqual(expect.arrayContaining(["animateOpacity", "width", "rotate"]));
    expect(slots).toContain("content");
    const text = new ft.Text("Masked");
    const mask = new ft.ShaderMask(text, { shader: fade(), blendMode: ft.BlendMode.DST_IN });
    expect([mask.content, mask.blendMode]).toEqual([text, "dstIn"]);
  });

  it("leaves its content usable: a button under the mask is tapped", async () => {
    let taps = 0;
    const mask = new ft.ShaderMask(new ft.TextButton("Go", { onClick: () => void taps++ }), {
      shader: fade(),
      blendMode: ft.BlendMode.SRC_IN,
    });
    t = await createTester((page) => page.add(mask));
    await t.tap(t.find.text("Go"));
    expect(taps).toBe(1);
  });

  it("refuses a mask without a gradient, or with one colour", async () => {
    const mask = new ft.ShaderMask(new ft.Text("A"));
    t = await createTester((page) => page.add(new ft.Text("Page")));
    const sent = t.patches.length;
    t.page.add(mask);
    await t.settle();
    mask.shader = { type: "linear", colors: ["red"] } as never;
    t.page.update();
    await t.settle();
    expect(t.patches.length, "a refused update sends nothing").toBe(sent);
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    const messages = t.errors.map((error) => String((error as Error).message));
    expect(messages[0]).toMatch(
      /Expected ShaderMask\.shader to be a gradient with at least two colours, but got undefined\..*\[FLET_ERR_PROP_INVALID_VALUE\]/,
    );
    expect(messages[1]).toMatch(/but got \{"type":"linear","colors":\["red"\]\}/);
  });
});

describe(ft.AnimatedSwitcher, () => {
  it("declares Flet 0.21's props, with Flet's defaults", () => {
    const { props, slots } = namesOf(ft.AnimatedSwitcher);
    expect(props).toEqual(
      expect.arrayContaining([
        "transition",
        "duration",
        "reverseDuration",
        "switchInCurve",
        "switchOutCurve",
      ]),
    );
    expect(slots).toContain("content");
    expect(propOf(ft.AnimatedSwitcher, "duration")?.default).toBe(1000);
    expect(propOf(ft.AnimatedSwitcher, "reverseDuration")?.default).toBe(1000);
    expect(Object.values(ft.AnimatedSwitcherTransition)).toEqual(["fade", "rotation", "scale"]);
  });

  it("shows the new content, usable, and no longer the old one", async () => {
    const pressed: string[] = [];
    const button = (label: string) =>
      new ft.ElevatedButton(label, { onClick: () => void pressed.push(label) });
    const switcher = new ft.AnimatedSwitcher(button("First"), {
      transition: ft.AnimatedSwitcherTransition.ROTATION,
      switchInCurve: ft.AnimationCurve.ELASTIC_OUT,
    });
    t = await createTester((page) => page.add(switcher));
    await t.tap(t.find.text("First"));
    switcher.content = button("Second");
    switcher.update();
    await t.settle();
    expect(t.find.text("First").exists).toBe(false);
    await t.tap(t.find.text("Second"));
    expect(pressed).toEqual(["First", "Second"]);
  });

  it("refuses a switcher without content, or a negative duration", async () => {
    t = await createTester((page) => page.add(new ft.Text("Page")));
    t.page.add(new ft.AnimatedSwitcher());
    await t.settle();
    t.page.controls.length = 0;
    t.page.add(new ft.AnimatedSwitcher(new ft.Text("A"), { reverseDuration: -5 }));
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    const messages = t.errors.map((error) => String((error as Error).message));
    expect(messages[0]).toMatch(
      /Expected AnimatedSwitcher\.content to be a control, but got nothing.*\[FLET_ERR_PROP_INVALID_VALUE\]/,
    );
    expect(messages[1]).toMatch(/AnimatedSwitcher\.reverseDuration to be milliseconds/);
  });
});

describe(ft.Animation, () => {
  it("goes to the browser as Flet's { duration, curve }", async () => {
    const box = new ft.Container({
      animateOpacity: new ft.Animation(300, ft.AnimationCurve.BOUNCE_OUT),
      animate: new ft.Animation(),
    });
    t = await createTester((page) => page.add(box));
    const props = (
      t.client.replica.tree as Record<string, [string, Record<string, unknown>] | undefined>
    )[box.uid!]?.[1];
    expect(props?.animateOpacity).toEqual({ duration: 300, curve: "bounceOut" });
    expect(props?.animate).toEqual({ duration: 1 });
  });

  it("names every one of Flet's 42 curves", () => {
    expect(Object.keys(ft.AnimationCurve)).toHaveLength(42);
    expect(ft.AnimationCurve.FAST_OUT_SLOWIN).toBe("fastOutSlowIn");
    expect(ft.AnimationCurve.EASE_IN_OUT_CUBIC_EMPHASIZED).toBe("easeInOutCubicEmphasized");
  });
});
