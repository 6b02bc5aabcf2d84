// GestureDetector in the tester: Flet 0.21's props and events, the typed events' fields
// (camelCase, Flet's short keys read too), taps, double taps, long presses, right clicks
// and drags as the browser sends them, refusals where a user could not act, and
// validate() refusing what Flet or Flutter refuse (an unknown cursor with close names).
import * as ft from "flet-ts";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { namesOf } from "./helpers.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const box = (label = "Card") => new ft.Container(new ft.Text(label), { width: 80, height: 80 });

describe("GestureDetector", () => {
  it("declares Flet 0.21's props, content slot and 30 events", () => {
    const { props, events, slots } = namesOf(ft.GestureDetector);
    expect(slots).toEqual(["content"]);
    expect(props).toEqual(
      expect.arrayContaining(["mouseCursor", "dragInterval", "hoverInterval", "multiTapTouches"]),
    );
    const own = events.filter((name) => name !== "onAnimationEnd");
    expect(own).toHaveLength(30);
    expect(own).toEqual(
      expect.arrayContaining([
        "onTap",
        "onMultiLongPress",
        "onSecondaryLongPressEnd",
        "onDoubleTapDown",
        "onHorizontalDragUpdate",
        "onVerticalDragEnd",
        "onPanStart",
        "onScaleUpdate",
        "onHover",
        "onEnter",
        "onExit",
        "onScroll",
      ]),
    );
    expect(ft.GestureDetector.prototype instanceof ft.ConstrainedControl).toBe(true);
    expect(Object.keys(ft.MouseCursor)).toHaveLength(36);
    expect(ft.MouseCursor.RESIZE_UP_LEFT_DOWN_RIGHT).toBe("resizeUpLeftDownRight");
  });

  it("a tap sends tap down, tap up and tap, with position and kind", async () => {
    const seen: string[] = [];
    const detector = new ft.GestureDetector(box(), {
      onTapDown: (e) => void seen.push(`down ${e.kind} ${e.localX}`),
      onTapUp: (e) => void seen.push(`up ${e.kind}`),
      onTap: () => void seen.push("tap"),
    });
    t = await createTester((page) => page.add(detector));
    await t.tap(t.find.text("Card"));
    expect(seen).toEqual(["down touch 0", "up touch", "tap"]);
  });

  it("double-taps, long-presses and right-clicks through the nearest detector", async () => {
    const seen: string[] = [];
    t = await createTester((page) =>
      page.add(
        new ft.GestureDetector(box(), {
          onDoubleTapDown: () => void seen.push("doubleTapDown"),
          onDoubleTap: () => void seen.push("doubleTap"),
          onLongPressStart: () => void seen.push("longPressStart"),
          onLongPressEnd: (e) => void seen.push(`longPressEnd ${e.velocityX}`),
          onSecondaryTapDown: (e) => void seen.push(`secondaryTapDown ${e.kind}`),
          onSecondaryTap: () => void seen.push("secondaryTap"),
          onSecondaryLongPressStart: () => void seen.push("secondaryLongPressStart"),
        }),
      ),
    );
    await t.doubleTap(t.find.text("Card"));
    await t.longPress(t.find.text("Card"));
    await t.secondaryTap(t.find.text("Card"));
    await t.longPress(t.find.text("Card"), { secondary: true });
    expect(seen).toEqual([
      "doubleTapDown",
      "doubleTap",
      "longPressStart",
      "longPressEnd 0",
      "secondaryTapDown touch",
      "secondaryTap",
      "secondaryLongPressStart",
    ]);
  });

  it("a drag moves a card in a Stack: start, updates whose deltas add up, end", async () => {
    const phases: string[] = [];
    const card: ft.GestureDetector = new ft.GestureDetector(box(), {
      left: 10,
      top: 20,
      onPanStart: (e) => void phases.push(`start ${e.localX},${e.localY}`),
      onPanUpdate: (e) => {
        phases.push("update");
        expect(e.primaryDelta).toBeUndefined();
        card.left = (card.left ?? 0) + e.deltaX;
        card.top = (card.top ?? 0) + e.deltaY;
      },
      onPanEnd: (e) => void phases.push(`end ${e.velocityX}`),
    });
    t = await createTester((page) => page.add(new ft.Stack([card], { width: 400, height: 300 })));
    await t.drag(t.find.text("Card"), {
      dx: 120,
      dy: 40,
      from: { x: 5, y: 6 },
      velocity: { x: 300, y: 0 },
    });
    expect(phases).toEqual(["start 5,6", "update", "update", "update", "update", "end 300"]);
    expect(card.left).toBe(130);
    expect(card.top).toBe(60);
    expect(t.find.byType(ft.GestureDetector).first).toBe(card);
  });

  it("picks the axis that wins: a mostly vertical drag is a vertical drag, primaryDelta set", async () => {
    const seen: unknown[] = [];
    t = await createTester((page) =>
      page.add(
        new ft.GestureDetector(box(), {
          onHorizontalDragUpdate: () => void seen.push("horizontal"),
          onVerticalDragUpdate: (e) => void seen.push([e.deltaX, e.deltaY, e.primaryDelta]),
          onVerticalDragEnd: (e) => void seen.push(`end ${e.primaryVelocity}`),
        }),
      ),
    );
    await t.drag(t.find.text("Card"), { dx: 3, dy: -50, steps: 2 });
    expect(seen).toEqual([[0, -25, -25], [0, -25, -25], "end 0"]);
  });

  it("does nothing where no handler listens; refuses hidden and disabled detectors", async () => {
    const seen: string[] = [];
    const detector = new ft.GestureDetector(box(), { onDoubleTap: () => void seen.push("double") });
    t = await createTester((page) => page.add(detector));
    await t.drag(t.find.text("Card"), { dx: 50 });
    await t.longPress(t.find.text("Card"));
    await t.tap(t.find.text("Card"));
    expect(seen).toEqual([]);
    detector.disabled = true;
    detector.update();
    await expect(t.doubleTap(t.find.text("Card"))).rejects.toMatchObject({
      code: "FLET_ERR_TESTER_NOT_INTERACTIVE",
      message: expect.stringMatching(/GestureDetector.*is disabled/),
    });
    detector.disabled = false;
    detector.visible = false;
    detector.update();
    await expect(t.drag(t.find.text("Card"), { dx: 9 })).rejects.toMatchObject({
      code: "FLET_ERR_TESTER_NOT_INTERACTIVE",
    });
    expect(seen).toEqual([]);
  });

  it("reads Flet's short payload keys into the typed events", async () => {
    const seen: unknown[] = [];
    t = await createTester((page) =>
      page.add(
        new ft.GestureDetector(box(), {
          onScaleUpdate: (e) =>
            void seen.push([e.scale, e.rotation, e.pointerCount, e.focalPointDeltaX]),
          onHover: (e) => void seen.push([e.hovered, e.kind, e.localX, e.deltaY]),
          onExit: (e) => void seen.push(["exit", e.hovered]),
          onScroll: (e) => void seen.push([e.scrollDeltaY, e.localX]),
          onMultiTap: (e) => void seen.push(["multi", e.correctTouches]),
        }),
      ),
    );
    const target = t.find.byType(ft.GestureDetector);
    await t.trigger(target, "scaleUpdate", JSON.stringify({ s: 2, r: 0.5, pc: 2, fpdx: 3 }));
    await t.trigger(target, "hover", { kind: "mouse", lx: 4, dy: -2 });
    await t.trigger(target, "exit", { kind: "mouse" });
    await t.trigger(target, "scroll", { scrollDeltaY: 120, localX: 7 });
    await t.trigger(target, "onMultiTap", "true");
    expect(seen).toEqual([
      [2, 0.5, 2, 3],
      [true, "mouse", 4, -2],
      ["exit", false],
      [120, 7],
      ["multi", true],
    ]);
  });
});

describe("GestureDetector.validate", () => {
  async function refused(detector: ft.GestureDetector): Promise<ft.FletError> {
    t = await createTester((page) => page.add(detector));
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(t.find.byType(ft.GestureDetector).exists).toBe(false);
    return t.errors[0] as ft.FletError;
  }

  it("refuses an unknown mouseCursor and names the close ones", async () => {
    const error = await refused(
      new ft.GestureDetector(box(), { mouseCursor: "pointer" as ft.MouseCursor, onTap: () => {} }),
    );
    expect(error.code).toBe("FLET_ERR_PROP_INVALID_VALUE");
    expect(error.message).toMatch(/mouseCursor .* but got "pointer"\. Did you mean "click"/);
    await t?.close();
    const typo = await refused(
      new ft.GestureDetector(box(), { mouseCursor: "grabing" as ft.MouseCursor, onTap: () => {} }),
    );
    expect(typo.message).toMatch(/but got "grabing"\. Did you mean "grabbing"\?/);
  });

  it("refuses a detector without handlers or cursor, as Flet does", async () => {
    const error = await refused(new ft.GestureDetector(box()));
    expect(error.message).toMatch(/at least one event handler/);
    await t?.close();
    t = await createTester((page) =>
      page.add(new ft.GestureDetector(box(), { mouseCursor: ft.MouseCursor.MOVE })),
    );
    expect(t.errors).toEqual([]);
  });

  it("refuses pan with scale, and pan with both axis drags, as Flutter does", async () => {
    const both = await refused(
      new ft.GestureDetector(box(), { onPanUpdate: () => {}, onScaleStart: () => {} }),
    );
    expect(both.message).toMatch(/Scale is a superset of pan/);
    await t?.close();
    const three = await refused(
      new ft.GestureDetector(box(), {
        onPanEnd: () => {},
        onHorizontalDragStart: () => {},
        onVerticalDragUpdate: () => {},
      }),
    );
    expect(three.message).toMatch(/the pan would never fire/);
  });
});
