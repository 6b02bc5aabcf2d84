// Draggable, DragTarget and Dismissible in the tester: their props, slots and events,
// the typed payloads (srcId and source, direction, progress), a Draggable dragged onto a
// DragTarget and a Dismissible swiped as the browser sends them (with the confirm round
// trip answered at once or later), refusals where a user could not do it (another group,
// disabled, hidden, maxSimultaneousDrags 0, a refused direction), and validate().
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const box = (label: string, bgcolor?: string) =>
  new ft.Container(new ft.Text(label), { width: 50, height: 50, bgcolor });

describe("Draggable and DragTarget", () => {
  it("declares Flet's props, slots and events", () => {
    const drag = namesOf(ft.Draggable);
    expect(drag.slots).toEqual(["content", "contentWhenDragging", "contentFeedback"]);
    expect(drag.props).toEqual(
      expect.arrayContaining(["group", "maxSimultaneousDrags", "axis", "affinity"]),
    );
    expect(drag.events).toEqual(expect.arrayContaining(["onDragStart", "onDragComplete"]));
    const target = namesOf(ft.DragTarget);
    expect(target.slots).toEqual(["content"]);
    expect(target.events).toEqual(
      expect.arrayContaining(["onWillAccept", "onAccept", "onLeave", "onMove"]),
    );
  });

  function colours(seen: string[]) {
    const cyan = new ft.Draggable(box("Cyan", ft.colors.CYAN), {
      group: "color",
      onDragStart: () => void seen.push("start"),
      onDragComplete: () => void seen.push("complete"),
    });
    const green = new ft.Draggable(box("Green", ft.colors.GREEN), { group: "color1" });
    const well = box("Target", ft.colors.BLUE_GREY_100);
    const target = new ft.DragTarget(well, {
      group: "color",
      onWillAccept: (e) => void seen.push(`will ${e.accept} ${e.data}`),
      onMove: (e) => void seen.push(`move ${e.srcId === cyan.uid}`),
      onAccept: (e) => {
        seen.push(`accept ${e.srcId === cyan.uid} ${e.x},${e.y}`);
        well.bgcolor = ((e.source as ft.Draggable).content as ft.Container).bgcolor;
      },
    });
    return { cyan, green, well, target };
  }

  it("drags a Draggable onto a DragTarget of its group: start, willAccept, move, accept, complete", async () => {
    const seen: string[] = [];
    const { cyan, well, target } = colours(seen);
    t = await createTester((page) => page.add(cyan, target));
    await t.drag(t.find.text("Cyan"), { to: t.find.text("Target") });
    expect(seen).toEqual(["start", "will true true", "move true", "accept true 0,0", "complete"]);
    expect(well.bgcolor).toBe(ft.colors.CYAN);
    expect(t.page.getControl(cyan.uid!)).toBe(cyan);
  });

  it("fails where the browser would not drop: another group, disabled, hidden, no drags", async () => {
    const seen: string[] = [];
    const { cyan, green, target } = colours(seen);
    t = await createTester((page) => page.add(cyan, green, target));
    await expect(t.drag(t.find.text("Green"), { to: target })).rejects.toMatchObject({
      code: "FLET_ERR_TESTER_NOT_INTERACTIVE",
      message: expect.stringMatching(/group "color" is not the Draggable's "color1"/),
    });
    cyan.disabled = true;
    cyan.update();
    await expect(t.drag(cyan, { to: target })).rejects.toMatchObject({
      message: expect.stringMatching(/Draggable.*is disabled/),
    });
    cyan.disabled = false;
    target.visible = false;
    t.page.update();
    await expect(t.drag(cyan, { to: target })).rejects.toMatchObject({
      code: "FLET_ERR_TESTER_NOT_INTERACTIVE",
    });
    target.visible = true;
    cyan.maxSimultaneousDrags = 0;
    t.page.update();
    await expect(t.drag(cyan, { to: target })).rejects.toThrow(/maxSimultaneousDrags is 0/);
    await expect(t.drag(t.find.text("Target"), { to: target })).rejects.toThrow(
      /Expected to drag a Draggable/,
    );
    expect(seen).toEqual([]);
  });

  it("reads Flet's payloads: srcId, x, y, and the leave data", async () => {
    const seen: unknown[] = [];
    const source = new ft.Draggable(box("A"));
    const target = new ft.DragTarget(box("B"), {
      onAccept: (e) => void seen.push([e.srcId, e.x, e.y, e.source === source]),
      onLeave: (e) => void seen.push(["leave", e.data]),
    });
    t = await createTester((page) => page.add(source, target));
    await t.trigger(target, "accept", JSON.stringify({ src_id: source.uid, x: 12.5, y: 3 }));
    await t.trigger(target, "leave", source.uid);
    expect(seen).toEqual([
      [source.uid, 12.5, 3, true],
      ["leave", source.uid],
    ]);
  });

  it("refuses a Draggable or DragTarget without content", async () => {
    t = await createTester((page) => page.add(new ft.Draggable({ group: "g" })));
    expect(t.find.byType(ft.Draggable).exists).toBe(false);
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
      message: expect.stringMatching(/Draggable\.content/),
    });
    await t.close();
    t = await createTester((page) => page.add(new ft.DragTarget()));
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({ message: expect.stringMatching(/DragTarget\.content/) });
  });
});

describe("Dismissible", () => {
  it("declares Flet 0.21's props, slots and events", () => {
    const { props, events, slots } = namesOf(ft.Dismissible);
    expect(slots).toEqual(["content", "background", "secondaryBackground"]);
    expect(props).toEqual(
      expect.arrayContaining([
        "dismissDirection",
        "dismissThresholds",
        "movementDuration",
        "resizeDuration",
        "crossAxisEndOffset",
      ]),
    );
    expect(events).toEqual(
      expect.arrayContaining(["onDismiss", "onUpdate", "onResize", "onConfirmDismiss"]),
    );
  });

  function row(seen: string[], options: ft.ControlOptions<ft.Dismissible> = {}) {
    return new ft.Dismissible(new ft.ListTile({ title: new ft.Text("Mail") }), {
      width: 400,
      onUpdate: (e) => void seen.push(`update ${e.direction} ${e.progress} ${e.reached}`),
      onResize: () => void seen.push("resize"),
      onDismiss: (e) => void seen.push(`dismiss ${e.direction}`),
      ...options,
    });
  }

  it("swipes past the threshold: updates, resize, dismiss; short of it, springs back", async () => {
    const seen: string[] = [];
    t = await createTester((page) => page.add(row(seen)));
    await t.drag(t.find.text("Mail"), { dx: 100, steps: 2 });
    expect(seen).toEqual(["update startToEnd 0.125 false", "update startToEnd 0.25 false"]);
    seen.length = 0;
    await t.drag(t.find.text("Mail"), { dx: -200, steps: 2 });
    expect(seen).toEqual([
      "update endToStart 0.25 false",
      "update endToStart 0.5 true",
      "resize",
      "dismiss endToStart",
    ]);
  });

  it("waits for the app's confirmDismiss: false springs back, true (now or later) dismisses", async () => {
    const seen: string[] = [];
    let answer = false;
    const later: ft.Dismissible[] = [];
    const dismissible = row(seen, {
      dismissThresholds: { startToEnd: 0.2 },
      onConfirmDismiss: (e) => {
        seen.push(`confirm ${e.direction}`);
        if (e.direction === "endToStart") later.push(e.control);
        else void e.control.confirmDismiss(answer);
      },
    });
    t = await createTester((page) => page.add(dismissible));
    await t.drag(dismissible, { dx: 100, steps: 1 });
    expect(seen).toEqual(["update startToEnd 0.25 true", "confirm startToEnd"]);
    answer = true;
    seen.length = 0;
    await t.drag(dismissible, { dx: 100, steps: 1 });
    expect(seen).toEqual([
      "update startToEnd 0.25 true",
      "confirm startToEnd",
      "resize",
      "dismiss startToEnd",
    ]);
    seen.length = 0;
    await t.drag(dismissible, { dx: -300, steps: 1 });
    expect(seen).toEqual(["update endToStart 0.75 true", "confirm endToStart"]);
    await later[0]!.confirmDismiss(true);
    await t.settle();
    expect(seen.slice(2)).toEqual(["resize", "dismiss endToStart"]);
  });

  it("fails where the browser would not swipe: a refused direction, disabled, hidden", async () => {
    const seen: string[] = [];
    const dismissible = row(seen, { dismissDirection: ft.DismissDirection.END_TO_START });
    t = await createTester((page) => page.add(dismissible));
    await expect(t.drag(dismissible, { dx: 200 })).rejects.toMatchObject({
      code: "FLET_ERR_TESTER_NOT_INTERACTIVE",
      message: expect.stringMatching(/allows \(endToStart\).*swiped startToEnd/),
    });
    dismissible.disabled = true;
    dismissible.update();
    await expect(t.drag(dismissible, { dx: -200 })).rejects.toThrow(/is disabled/);
    dismissible.disabled = false;
    dismissible.visible = false;
    dismissible.update();
    await expect(t.drag(dismissible, { dx: -200 })).rejects.toMatchObject({
      code: "FLET_ERR_TESTER_NOT_INTERACTIVE",
    });
    expect(seen).toEqual([]);
  });

  it("flings: a fast short swipe dismisses", async () => {
    const seen: string[] = [];
    t = await createTester((page) => page.add(row(seen)));
    await t.drag(t.find.text("Mail"), { dx: 40, steps: 1, velocity: { x: 1200, y: 0 } });
    expect(seen).toEqual(["update startToEnd 0.1 false", "resize", "dismiss startToEnd"]);
  });

  it("refuses no content and thresholds outside 0..1", async () => {
    t = await createTester((page) => page.add(new ft.Dismissible()));
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({ message: expect.stringMatching(/Dismissible\.content/) });
    await t.close();
    t = await createTester((page) =>
      page.add(new ft.Dismissible(box("x"), { dismissThresholds: { up: 1.5 } })),
    );
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.errors[0]).toMatchObject({
      code: "FLET_ERR_PROP_INVALID_VALUE",
      message: expect.stringMatching(/dismissThresholds .* "up": 1.5/),
    });
  });
});
