// Draggable, DragTarget and Dismissible against the pack contract kit: every prop they
// declare changes the DOM, and every event reaches the server when a real mouse drags a
// Draggable onto a DragTarget (the trigger adds the other side to the page) or swipes a
// Dismissible in Chromium.
import * as ft from "flet-ts";
import { type EventTrigger, type PackContractReport, triedOnly } from "flet-ts/testing";
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

async function centre(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with the mouse from `from` to `to` (then a bit further when `past`). */
async function mouseDrag(page: Page, from: Locator, to: Locator, past = false) {
  const a = await centre(from);
  const b = await centre(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  if (past) await page.mouse.move(b.x + 300, b.y + 300, { steps: 4 });
  await page.mouse.up();
}

const square = (label: string) =>
  new ft.Container(new ft.Text(label), { width: 60, height: 60, bgcolor: ft.colors.AMBER_200 });

/** Adds `other` to the instance's page, runs `act` with its element, removes it. */
async function withOther(
  instance: ft.Control,
  other: ft.Control,
  tab: Page,
  selector: string,
  act: (element: Locator) => Promise<void>,
) {
  const page = instance.page!;
  page.add(other);
  const element = tab.locator(selector).last();
  await element.waitFor();
  await act(element);
  page.remove(other);
}

/** Drops a new Draggable of the target's group on it (or drags it across and away). */
const dropOnTarget =
  (past = false): EventTrigger =>
  (target, tab, instance) =>
    withOther(
      instance as ft.Control,
      new ft.Draggable(square("Src"), { group: (instance as ft.DragTarget).group }),
      tab,
      ".flet-draggable",
      (source) => mouseDrag(tab, source, target, past),
    );

/** Drops the Draggable on a new DragTarget of its group. */
const dropOnNewTarget: EventTrigger = (source, tab, instance) =>
  withOther(
    instance as ft.Control,
    new ft.DragTarget(square("Dst"), { group: (instance as ft.Draggable).group }),
    tab,
    ".flet-dragtarget",
    (target) => mouseDrag(tab, source, target),
  );

/** Swipes the Dismissible to the start, past its threshold. */
const swipe: EventTrigger = async (element, tab) => {
  const at = await centre(element);
  await tab.mouse.move(at.x + 80, at.y);
  await tab.mouse.down();
  await tab.mouse.move(at.x - 120, at.y, { steps: 8 });
  await tab.mouse.up();
};

describe("Draggable, DragTarget and Dismissible against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Draggable, ft.DragTarget, ft.Dismissible],
      samples: {
        draggable: {
          content: () => square("Drag"),
          contentWhenDragging: () => square("Here"),
          contentFeedback: () => square("Moving"),
          group: "g",
          // 0 makes it not draggable: set only while its own check runs.
          maxSimultaneousDrags: triedOnly(0),
          // A horizontal drag never reaches the target the trigger adds below.
          axis: triedOnly(ft.Axis.HORIZONTAL),
          affinity: ft.Axis.VERTICAL,
        },
        dragtarget: { content: () => square("Drop"), group: "g" },
        dismissible: {
          content: () => new ft.Container(new ft.Text("Row"), { width: 240, height: 56 }),
          background: () => new ft.Container({ bgcolor: ft.colors.GREEN }),
          secondaryBackground: () => new ft.Container({ bgcolor: ft.colors.RED }),
          dismissDirection: ft.DismissDirection.END_TO_START,
          movementDuration: 100,
          resizeDuration: 100,
          rotate: 0.3,
          scale: 1.2,
          offset: { x: 0.1, y: 0 },
          animateOpacity: 200,
          animateSize: 200,
          animatePosition: 200,
          animateRotation: 200,
          animateScale: 200,
          animateOffset: 200,
        },
      },
      exempt: {
        draggable: { ...layoutOnly, ...noTwin },
        dragtarget: { ...layoutOnly, ...noTwin },
        dismissible: {
          ...layoutOnly,
          ...noTwin,
          resizeDuration:
            "it times the shrink after a dismissal; test/e2e/acted-props.test.ts counts its resize steps",
          dismissThresholds:
            "it acts during a swipe; test/e2e/acted-props.test.ts swipes 30% past 0.2 and short of 0.4",
          crossAxisEndOffset:
            "it acts as the row slides out; test/e2e/acted-props.test.ts reads the slide's end",
        },
      },
      triggers: {
        draggable: { dragStart: dropOnNewTarget, dragComplete: dropOnNewTarget },
        dragtarget: {
          willAccept: dropOnTarget(),
          move: dropOnTarget(),
          accept: dropOnTarget(),
          leave: dropOnTarget(true),
        },
        dismissible: { update: swipe, confirmDismiss: swipe, resize: swipe, dismiss: swipe },
      },
    });
  }, 300_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "draggable.axis",
        "draggable.maxSimultaneousDrags",
        "draggable.dragComplete",
        "dragtarget.accept",
        "dragtarget.leave",
        "dismissible.dismissThresholds",
        "dismissible.confirmDismiss",
        "dismissible.dismiss",
      ]),
    );
  });
});
