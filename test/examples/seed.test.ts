import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import * as asyncHandlers from "../../examples/async-handlers.js";
import * as countdown from "../../examples/countdown.js";
import * as customControls from "../../examples/custom-controls.js";
import * as hello from "../../examples/hello.js";
import * as lifecycle from "../../examples/lifecycle.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("the seed's examples", () => {
  it("hello: shows its text", async () => {
    t = await createTester(hello.main);
    expect(t.find.text("Hello, world!").exists).toBe(true);
    expect(t.client.replica.node("page")?.[1].title).toBe("Hello");
  });

  describe("async-handlers", () => {
    it("adds the sync handler's text at once", async () => {
      t = await createTester(asyncHandlers.main);
      await t.tap(t.find.text("Call handler"));
      expect(t.find.text("Handler clicked").exists).toBe(true);
    });

    it("adds the async handler's text after 3 s, without blocking the sync one", async () => {
      t = await createTester(asyncHandlers.main);
      await t.tap(t.find.text("Call async handler"));
      await t.pump(1000);
      expect(t.find.text("Async handler clicked").exists).toBe(false);
      await t.tap(t.find.text("Call handler"));
      expect(t.find.text("Handler clicked").exists).toBe(true);
      await t.pump(2000);
      expect(t.find.text("Async handler clicked").exists).toBe(true);
      expect(t.errors).toEqual([]);
    });

    it("handles many concurrent async clicks, each once", async () => {
      t = await createTester(asyncHandlers.main);
      for (let i = 0; i < 5; i++) await t.tap(t.find.text("Call async handler"));
      await t.pump(3000);
      expect(t.find.text("Async handler clicked").count).toBe(5);
    });
  });

  describe("countdown", () => {
    it("ticks every second under fake time, two countdowns side by side", async () => {
      t = await createTester(countdown.main);
      const texts = () =>
        t!.find.byType(countdown.Countdown).all.map((c) => (c as countdown.Countdown).value);
      expect(texts()).toEqual(["02:00", "01:00"]);
      await t.pump(1000);
      expect(texts()).toEqual(["01:59", "00:59"]);
      await t.pump(59_000);
      expect(texts()).toEqual(["01:00", "00:01"]);
    });

    it("runs 120 seconds in a moment and stops at 00:01", async () => {
      t = await createTester(countdown.main);
      await t.pump(120_000);
      expect(t.find.text("00:01").count).toBe(2);
      const patches = t.patches.length;
      await t.pump(10_000);
      expect(t.patches.length).toBe(patches);
    });

    it("stops ticking once removed from the page", async () => {
      t = await createTester(countdown.main);
      await t.pump(3000);
      const first = t.find.byType(countdown.Countdown).first as countdown.Countdown;
      t.page.remove(first);
      expect(first.running).toBe(false);
      const seconds = first.seconds;
      await t.pump(5000);
      expect(first.seconds).toBeGreaterThanOrEqual(seconds - 1);
      expect(t.find.text("01:52").exists).toBe(false);
      expect(t.find.text("00:52").exists).toBe(true);
      expect(t.errors).toEqual([]);
    });
  });

  describe("custom-controls", () => {
    it("builds its children in build() and reacts to clicks", async () => {
      t = await createTester(customControls.main);
      expect(t.find.text("Apples").exists).toBe(true);
      const apples = t.find.byType(customControls.LabeledCounter)
        .first as customControls.LabeledCounter;
      await t.tap(t.find.bySemanticsLabel("Increase Apples"));
      await t.tap(t.find.bySemanticsLabel("Increase Apples"));
      expect(apples.count.value).toBe("2");
      expect(t.client.replica.node(apples.count.uid!)?.[1].value).toBe("2");
    });

    it("derives the colour in beforeUpdate() on every update", async () => {
      t = await createTester(customControls.main);
      const total = t.find.byType(customControls.SignedText).first as customControls.SignedText;
      expect(t.client.replica.node(total.uid!)?.[1].color).toBeUndefined();
      await t.tap(t.find.text("Subtract 5"));
      expect(t.client.replica.node(total.uid!)?.[1]).toMatchObject({
        value: "-5",
        color: ft.colors.RED,
      });
    });
  });

  it("lifecycle: lists every state the browser reports", async () => {
    t = await createTester(lifecycle.main, { now: new Date("2026-01-01T10:00:00Z") });
    await t.setLifecycleState(ft.AppLifecycleState.INACTIVE);
    await t.pump(5000);
    await t.setLifecycleState(ft.AppLifecycleState.HIDE);
    expect(t.find.text("10:00:00 inactive").exists).toBe(true);
    expect(t.find.text("10:00:05 hide").exists).toBe(true);
  });
});
