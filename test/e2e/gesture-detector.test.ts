// GestureDetector in Chromium: a real mouse drags the gallery's card (the last position
// arrives, so it lands where the pointer let go), a throttled drag still sums its deltas
// to the whole move, clicks, double clicks, right clicks, long presses, hover and the
// wheel reach their handlers, a two-finger touch pinch (CDP touch events) gives scale
// events, and the mouse cursor shows; screenshots of the gestures page.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/gestures.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function openGallery(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Try a gesture on the pad.", 10_000);
  return page;
}

async function centre(page: Page, text: string) {
  const box = (await page.getByText(text, { exact: true }).first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Waits until `test` holds for what the server recorded. */
async function until(page: Page, test: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !test(); i++) await page.waitForTimeout(25);
  expect(test()).toBe(true);
}

describe("GestureDetector in Chromium", () => {
  it("drags the card with the mouse: it lands where the pointer let go, past the slop", async () => {
    const page = await openGallery();
    const start = await centre(page, "Ace");
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    // The first step (10, 4) passes the mouse's 2 px pan slop: the drag starts there.
    await page.mouse.move(start.x + 100, start.y + 40, { steps: 10 });
    await page.mouse.up();
    await waitForText(page, "Card dropped at 106, 52.");
    const moved = await centre(page, "Ace");
    expect(Math.round(moved.x - start.x)).toBe(90);
    expect(Math.round(moved.y - start.y)).toBe(36);
    const cursor = await page
      .locator(".flet-gesturedetector")
      .first()
      .evaluate((el) => getComputedStyle(el).cursor);
    expect(cursor).toBe("move");
  });

  it("taps, double-taps, right-clicks, long-presses, hovers and scrolls the pad", async () => {
    const page = await openGallery();
    const pad = page.getByText("Tap, double-tap, right-click, press, hover or scroll");
    await pad.hover();
    await waitForText(page, "Pointer entered.");
    await pad.click();
    // With a double-tap handler, a tap is a tap once no second one followed (300 ms).
    await waitForText(page, "Tapped.");
    await pad.dblclick();
    await waitForText(page, "Double-tapped.");
    await pad.click({ button: "right", position: { x: 10, y: 5 } });
    await expect.poll(async () => page.getByText(/^Right-clicked at \d+, \d+\.$/).count()).toBe(1);
    await page.mouse.wheel(0, 120);
    await waitForText(page, "Scrolled 120 px.");
    await pad.hover();
    await page.mouse.down();
    await waitForText(page, "Long-pressed.");
    await page.mouse.up();
    await page.mouse.move(2, 2);
    await waitForText(page, "Pointer left.");
  });

  it("throttles a drag by dragInterval, yet its deltas add up and the last position arrives", async () => {
    const updates: ft.DragUpdateEvent[] = [];
    const phases: string[] = [];
    const page = await suite.open((p) => {
      p.add(
        new ft.GestureDetector(new ft.Container(new ft.Text("Pad"), { width: 300, height: 200 }), {
          dragInterval: 60_000,
          onPanStart: (e) => void phases.push(`start ${e.kind}`),
          onPanUpdate: (e) => void updates.push(e),
          onPanEnd: () => void phases.push("end"),
          onTap: () => void phases.push("tap"),
        }),
      );
    });
    await waitForText(page, "Pad", 10_000);
    const box = (await page.locator(".flet-gesturedetector").boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 220, box.y + 120, { steps: 20 });
    await page.mouse.up();
    await until(page, () => phases.includes("end"));
    expect(phases).toEqual(["start mouse", "end"]);
    // The first update goes at once, the rest waits for the interval: the end flushes it.
    expect(updates).toHaveLength(2);
    const sum = updates.reduce((s, e) => ({ x: s.x + e.deltaX, y: s.y + e.deltaY }), {
      x: 0,
      y: 0,
    });
    expect(Math.round(sum.x)).toBe(190);
    expect(Math.round(sum.y)).toBe(95);
    expect(Math.round(updates.at(-1)!.localX)).toBe(220);
    expect(Math.round(updates.at(-1)!.localY)).toBe(120);
  });

  it("pinches with two touch pointers: scale start, updates past 1, end", async () => {
    const seen: string[] = [];
    const scales: number[] = [];
    const page = await suite.open((p) => {
      p.add(
        new ft.GestureDetector(
          new ft.Container(new ft.Text("Photo"), { width: 300, height: 200 }),
          {
            onScaleStart: (e) => void seen.push(`start ${e.pointerCount}`),
            onScaleUpdate: (e) => void scales.push(e.scale),
            onScaleEnd: (e) => void seen.push(`end ${e.pointerCount}`),
          },
        ),
      );
    });
    await waitForText(page, "Photo", 10_000);
    const box = (await page.locator(".flet-gesturedetector").boundingBox())!;
    const cx = box.x + 150;
    const cy = box.y + 100;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", spread: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints:
          type === "touchEnd"
            ? []
            : [
                { x: cx - spread, y: cy, id: 1 },
                { x: cx + spread, y: cy, id: 2 },
              ],
      });
    await touch("touchStart", 20);
    for (const spread of [25, 30, 35, 40, 45, 50, 55, 60]) await touch("touchMove", spread);
    await touch("touchEnd", 60);
    await until(page, () => seen.at(-1)?.startsWith("end") === true);
    expect(seen[0]).toBe("start 2");
    expect(scales.length).toBeGreaterThan(0);
    // Spread 20 → 60 px: three times as far apart, the last update arrives before the end.
    expect(scales.at(-1)).toBeCloseTo(3, 1);
  });

  it("a drag is not a click of the content, a click on it is; a disabled detector sends nothing", async () => {
    const seen: string[] = [];
    let detector!: ft.GestureDetector;
    const page = await suite.open((p) => {
      detector = new ft.GestureDetector(
        new ft.Container(new ft.Text("Inner"), {
          width: 240,
          height: 160,
          onClick: () => void seen.push("inner click"),
        }),
        {
          disabled: true,
          onTap: () => void seen.push("tap"),
          onPanEnd: () => void seen.push("pan end"),
        },
      );
      p.add(detector);
    });
    await waitForText(page, "Inner", 10_000);
    const box = (await page.locator(".flet-gesturedetector").boundingBox())!;
    await page.mouse.click(box.x + 200, box.y + 20);
    detector.disabled = false;
    detector.update();
    await page.locator(".flet-gesturedetector:not(.flet-disabled)").waitFor();
    await page.mouse.move(box.x + 40, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + 140, box.y + 60, { steps: 5 });
    await page.mouse.up();
    await until(page, () => seen.includes("pan end"));
    await page.mouse.click(box.x + 200, box.y + 20);
    await until(page, () => seen.includes("inner click"));
    // Disabled: nothing (the content is disabled too); the drag won over the content's
    // click; a click on the clickable content is the content's, as in Flutter's arena.
    expect(seen).toEqual(["pan end", "inner click"]);
  });

  it("follows a pointer that leaves the detector before the drag wins, and one moved in the DOM", async () => {
    const deltas: number[] = [];
    let ended = false;
    const stack: ft.Stack = new ft.Stack([], { width: 400, height: 100 });
    const chip: ft.GestureDetector = new ft.GestureDetector(
      new ft.Container(new ft.Text("Chip"), { width: 40, height: 40 }),
      {
        left: 0,
        top: 0,
        onPanStart: () => {
          // Brought to the top of the stack: its element moves in the DOM.
          stack.controls.splice(stack.controls.indexOf(chip), 1);
          stack.controls.push(chip);
          stack.update();
        },
        onPanUpdate: (e) => void deltas.push(e.deltaX),
        onPanEnd: () => {
          ended = true;
        },
      },
    );
    stack.controls.push(chip, new ft.Container({ left: 200, width: 40, height: 40 }));
    const page = await suite.open((p) => p.add(stack));
    await waitForText(page, "Chip", 10_000);
    const box = (await page.locator(".flet-gesturedetector").boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.mouse.down();
    // The first move already leaves the 40 px detector; the drag wins there.
    for (let step = 1; step <= 6; step++) await page.mouse.move(box.x + 20 + step * 50, box.y + 20);
    await page.mouse.up();
    await until(page, () => ended);
    // Every move after the winning one reached the server, though the pointer was outside.
    expect(deltas.reduce((sum, d) => sum + d, 0)).toBe(250);
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await suite.open(main);
    await page.emulateMedia({ colorScheme: scheme });
    await waitForText(page, "Try a gesture on the pad.", 10_000);
    await page.evaluate(() => document.fonts.ready);
    const start = await centre(page, "Ace");
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 150, start.y + 50, { steps: 6 });
    await page.mouse.up();
    await waitForText(page, "Card dropped at 141, 58.");
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-gestures-${scheme}.png` });
  });
});
