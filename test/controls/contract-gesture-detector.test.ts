// GestureDetector against the pack contract kit: its cursor and every prop it inherits
// change the DOM, and each of its 30 events reaches the server when a real mouse, wheel
// or CDP touch does the gesture in Chromium.
import * as ft from "flet-ts";
import type { EventTrigger, PackContractReport } from "flet-ts/testing";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const constrained = {
  rotate: 0.3,
  scale: 1.2,
  offset: { x: 0.1, y: 0 },
  animateOpacity: 200,
  animateSize: 200,
  animatePosition: 200,
  animateRotation: 200,
  animateScale: 200,
  animateOffset: 200,
};

/** The detector's centre on the page. */
async function centre(detector: Parameters<EventTrigger>[0]) {
  const box = (await detector.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Nothing in the DOM tells that a handler reached the browser: do the gesture a few
 * times, a quarter second apart (the kit stops waiting once one arrived).
 */
const repeated =
  (act: EventTrigger): EventTrigger =>
  async (detector, page, instance) => {
    for (let i = 0; i < 4; i++) {
      await act(detector, page, instance);
      await page.waitForTimeout(250);
    }
  };

const drag = (dx: number, dy: number, button: "left" | "right" = "left"): EventTrigger =>
  repeated(async (detector, page) => {
    const at = await centre(detector);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down({ button });
    await page.mouse.move(at.x + dx, at.y + dy, { steps: 5 });
    await page.mouse.up({ button });
  });

const press = (button: "left" | "right", ms = 650): EventTrigger =>
  repeated(async (detector, page) => {
    const at = await centre(detector);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down({ button });
    await page.waitForTimeout(ms);
    await page.mouse.up({ button });
  });

const click = (button: "left" | "right"): EventTrigger =>
  repeated((detector) => detector.click({ button }));

async function pinch(page: Page, at: { x: number; y: number }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const points = (spread: number) => [
    { x: at.x - spread, y: at.y, id: 1 },
    { x: at.x + spread, y: at.y, id: 2 },
  ];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(10) });
  for (const spread of [15, 20, 25, 30, 35, 40])
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(spread) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

const pinched: EventTrigger = repeated(async (detector, page) =>
  pinch(page, await centre(detector)),
);

describe("GestureDetector against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.GestureDetector],
      samples: {
        gesturedetector: {
          ...constrained,
          content: () => new ft.Container(new ft.Text("Pad"), { width: 160, height: 120 }),
          // validate() wants a handler or a cursor (the mouseCursor check leaves it out).
          mouseCursor: ft.MouseCursor.GRAB,
          onScroll: () => () => {},
          multiTapTouches: 1,
        },
      },
      exempt: {
        gesturedetector: {
          ...layoutOnly,
          ...noTwin,
          dragInterval: "the pace of drag updates: checked by a throttled drag in Chromium",
          hoverInterval: "the pace of hover events: nothing in the DOM",
          multiTapTouches: "how many pointers make onMultiTap true: checked by its event",
        },
      },
      triggers: {
        gesturedetector: {
          tap: click("left"),
          tapDown: click("left"),
          tapUp: click("left"),
          multiTap: click("left"),
          // One pointer (multiTapTouches: 1) held for more than a second.
          multiLongPress: press("left", 1_300),
          secondaryTap: click("right"),
          secondaryTapDown: click("right"),
          secondaryTapUp: click("right"),
          longPressStart: press("left"),
          longPressEnd: press("left"),
          secondaryLongPressStart: press("right"),
          secondaryLongPressEnd: press("right"),
          doubleTap: repeated((detector) => detector.dblclick()),
          doubleTapDown: repeated((detector) => detector.dblclick()),
          horizontalDragStart: drag(40, 0),
          horizontalDragUpdate: drag(40, 0),
          horizontalDragEnd: drag(40, 0),
          verticalDragStart: drag(0, 40),
          verticalDragUpdate: drag(0, 40),
          verticalDragEnd: drag(0, 40),
          panStart: drag(30, 30),
          panUpdate: drag(30, 30),
          panEnd: drag(30, 30),
          scaleStart: pinched,
          scaleUpdate: pinched,
          scaleEnd: pinched,
          hover: repeated(async (detector, page) => {
            const at = await centre(detector);
            await page.mouse.move(at.x - 20, at.y, { steps: 3 });
            await page.mouse.move(at.x + 20, at.y, { steps: 3 });
          }),
          enter: repeated(async (detector, page) => {
            await page.mouse.move(1, 1);
            await detector.hover();
          }),
          exit: repeated(async (detector, page) => {
            await detector.hover();
            await page.mouse.move(1, 1);
          }),
          scroll: repeated(async (detector, page) => {
            await detector.hover();
            await page.mouse.wheel(0, 60);
          }),
        },
      },
    });
  }, 300_000);

  it("draws its cursor and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "gesturedetector.mouseCursor",
        "gesturedetector.tap",
        "gesturedetector.doubleTap",
        "gesturedetector.panUpdate",
        "gesturedetector.scaleUpdate",
        "gesturedetector.secondaryLongPressEnd",
        "gesturedetector.multiLongPress",
        "gesturedetector.scroll",
      ]),
    );
  });
});
