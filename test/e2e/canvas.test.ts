// Canvas in Chromium: shapes and paints read back as pixels (getImageData) at the device
// pixel ratio, a shape change repaints, the resize event arrives with the last size, the
// free-hand pad draws along a real mouse drag (and Clear, from the keyboard, wipes it),
// and screenshots of the gallery page.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/canvas.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

/** The RGBA of logical pixel (x, y) of the n-th canvas, once it has painted. */
async function pixel(page: Page, x: number, y: number, n = 0): Promise<number[]> {
  const box = page.locator(".flet-canvas[data-paint]").nth(n);
  await box.waitFor();
  return box.evaluate(
    (el, [px, py]) => {
      const canvas = el.querySelector("canvas")!;
      const dpr = canvas.width / el.clientWidth;
      const g = canvas.getContext("2d")!;
      return [...g.getImageData(Math.floor(px! * dpr), Math.floor(py! * dpr), 1, 1).data];
    },
    [x, y],
  );
}

const near = (actual: number[], expected: number[], tolerance = 8) =>
  actual.every((v, i) => Math.abs(v - expected[i]!) <= tolerance);

describe("Canvas in Chromium", () => {
  it("paints filled and stroked shapes, gradients and dashes where they belong", async () => {
    const circle = new ft.cv.Circle({ x: 50, y: 50, radius: 30, paint: { color: "#ff0000" } });
    const page = await suite.open((p) => {
      p.add(
        new ft.Canvas({
          width: 200,
          height: 100,
          shapes: [
            circle,
            new ft.cv.Rect({
              x: 110,
              y: 10,
              width: 80,
              height: 30,
              paint: { style: ft.PaintingStyle.STROKE, strokeWidth: 4, color: "#0000ff" },
            }),
            new ft.cv.Rect({
              x: 110,
              y: 60,
              width: 80,
              height: 30,
              paint: {
                gradient: {
                  type: "linear",
                  begin: [110, 0],
                  end: [190, 0],
                  colors: ["#000000", "#ffffff"],
                },
              },
            }),
            new ft.cv.Line({
              x1: 0,
              y1: 95,
              x2: 100,
              y2: 95,
              paint: { strokeWidth: 4, color: "#00ff00", strokeDashPattern: [10, 10] },
            }),
          ],
        }),
      );
    });
    expect(near(await pixel(page, 50, 50), [255, 0, 0, 255])).toBe(true);
    expect((await pixel(page, 5, 5))[3]).toBe(0);
    // Stroked rectangle: its edge is blue, its inside empty.
    expect(near(await pixel(page, 110, 25), [0, 0, 255, 255])).toBe(true);
    expect((await pixel(page, 150, 25))[3]).toBe(0);
    // Linear gradient: dark at the left, light at the right.
    const left = await pixel(page, 112, 75);
    const right = await pixel(page, 188, 75);
    expect(left[0]!).toBeLessThan(40);
    expect(right[0]!).toBeGreaterThan(215);
    // Dashes: on for 10 px, off for 10 px.
    expect(near(await pixel(page, 5, 95), [0, 255, 0, 255])).toBe(true);
    expect((await pixel(page, 15, 95))[3]).toBe(0);
    // A shape's change repaints.
    const before = await page.locator(".flet-canvas").getAttribute("data-paint");
    circle.paint = { color: "#00ff00" };
    circle.update();
    await expect
      .poll(() => page.locator(".flet-canvas").getAttribute("data-paint"))
      .not.toBe(before);
    expect(near(await pixel(page, 50, 50), [0, 255, 0, 255])).toBe(true);
  });

  it("paints at the device pixel ratio, and text and paths where they are anchored", async () => {
    const app = await suite.serve((p) => {
      p.add(
        new ft.Canvas({
          width: 100,
          height: 100,
          shapes: [
            new ft.cv.Path({
              elements: [
                new ft.cv.Path.MoveTo(0, 0),
                new ft.cv.Path.LineTo(40, 0),
                new ft.cv.Path.LineTo(0, 40),
                new ft.cv.Path.Close(),
              ],
              paint: { color: "#ff00ff" },
            }),
            new ft.cv.Text("W", {
              x: 70,
              y: 70,
              alignment: ft.alignment.center,
              style: { size: 40, color: "#000000" },
            }),
          ],
        }),
      );
    });
    const context = await suite.browser.newContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    try {
      await page.goto(app.url);
      const box = page.locator(".flet-canvas[data-paint]");
      await box.waitFor();
      expect(await box.evaluate((el) => el.querySelector("canvas")!.width)).toBe(200);
      expect(near(await pixel(page, 5, 5), [255, 0, 255, 255])).toBe(true);
      expect((await pixel(page, 35, 35))[3]).toBe(0);
      // The "W" is centred on (70, 70): ink there, none far above it.
      const ink = await box.evaluate((el) => {
        const canvas = el.querySelector("canvas")!;
        const data = canvas.getContext("2d")!.getImageData(100, 100, 80, 80).data;
        let count = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 128) count++;
        return count;
      });
      expect(ink).toBeGreaterThan(200);
      expect((await pixel(page, 70, 20))[3]).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("paints nested spans in their inherited style, and repaints when a nested span changes", async () => {
    const inner = new ft.TextSpan("C");
    const page = await suite.open((p) => {
      p.add(
        new ft.Canvas({
          width: 300,
          height: 60,
          shapes: [
            new ft.cv.Text("A", {
              x: 0,
              y: 0,
              style: { size: 40, color: "#000000" },
              // B is red; C, inside B, inherits red (and the size of A).
              spans: [new ft.TextSpan("B", { style: { color: "#ff0000" }, spans: [inner] })],
            }),
          ],
        }),
      );
    });
    const box = page.locator(".flet-canvas[data-paint]");
    await box.waitFor();
    const inkOf = (rgb: [number, number, number]) =>
      box.evaluate((el, [r, g, b]) => {
        const canvas = el.querySelector("canvas")!;
        const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        let count = 0;
        for (let i = 0; i < data.length; i += 4)
          if (
            Math.abs(data[i]! - r!) < 40 &&
            Math.abs(data[i + 1]! - g!) < 40 &&
            Math.abs(data[i + 2]! - b!) < 40 &&
            data[i + 3]! > 200
          )
            count++;
        return count;
      }, rgb);
    const red = await inkOf([255, 0, 0]);
    expect(red).toBeGreaterThan(100);
    // One red letter more: C is red like B.
    inner.text = "CCC";
    inner.update();
    await expect.poll(() => inkOf([255, 0, 0])).toBeGreaterThan(red * 1.5);
    // Its own style wins over the inherited one: C turns blue, B stays red.
    inner.style = { color: "#0000ff" };
    inner.update();
    await expect.poll(() => inkOf([0, 0, 255])).toBeGreaterThan(red / 2);
    expect(await inkOf([255, 0, 0])).toBeLessThan(red * 1.5);
  });

  it("paints a pie slice, a shadow outside its outline, a sweep gradient and a blur", async () => {
    const page = await suite.open((p) => {
      p.add(
        new ft.Canvas({
          width: 400,
          height: 80,
          shapes: [
            new ft.cv.Arc({
              x: 0,
              y: 0,
              width: 60,
              height: 60,
              startAngle: 0,
              sweepAngle: Math.PI / 2,
              useCenter: true,
              paint: { color: "#ff0000" },
            }),
            new ft.cv.Shadow({
              path: [new ft.cv.Path.Rect(100, 10, 40, 40)],
              color: "#000000",
              elevation: 8,
            }),
            new ft.cv.Rect({
              x: 200,
              y: 0,
              width: 60,
              height: 60,
              paint: {
                gradient: { type: "sweep", center: [230, 30], colors: ["#ff0000", "#0000ff"] },
              },
            }),
            new ft.cv.Circle({
              x: 330,
              y: 30,
              radius: 15,
              paint: { color: "#000000", blurImage: 6 },
            }),
          ],
        }),
      );
    });
    // The slice is the bottom-right quarter (angles clockwise from the x axis).
    expect(near(await pixel(page, 40, 40), [255, 0, 0, 255])).toBe(true);
    expect((await pixel(page, 20, 20))[3]).toBe(0);
    // The shadow falls below the outline, not under it (an opaque occluder).
    expect((await pixel(page, 120, 30))[3]).toBe(0);
    expect((await pixel(page, 120, 56))[3]).toBeGreaterThan(20);
    // Sweep: a quarter turn is mostly the first colour, three quarters mostly the last.
    const quarter = await pixel(page, 230, 55);
    const threeQuarters = await pixel(page, 230, 5);
    expect(quarter[0]!).toBeGreaterThan(quarter[2]!);
    expect(threeQuarters[2]!).toBeGreaterThan(threeQuarters[0]!);
    // Blurred: ink fades out past the circle's edge instead of stopping there.
    const fringe = (await pixel(page, 349, 30))[3]!;
    expect(fringe).toBeGreaterThan(0);
    expect(fringe).toBeLessThan(200);
  });

  it("reports its size, and the last size after a quick run of resizes", async () => {
    const sizes: string[] = [];
    const canvas = new ft.Canvas({
      width: 120,
      height: 80,
      resizeInterval: 500,
      onResize: (e) => void sizes.push(`${e.width}x${e.height}`),
    });
    await suite.open((p) => p.add(canvas));
    await expect.poll(() => sizes).toEqual(["120x80"]);
    for (const width of [130, 140, 150]) {
      canvas.width = width;
      canvas.update();
    }
    await expect.poll(() => sizes.at(-1), { timeout: 5_000 }).toBe("150x80");
  });

  it("draws along a mouse drag on the free-hand pad", async () => {
    const page = await suite.open(main);
    await waitForText(page, "Drag on the pad to draw.", 10_000);
    const pad = page.getByRole("img", { name: "Drawing pad: drag to draw" });
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + 110);
    await page.mouse.down();
    await page.mouse.move(box.x + 300, box.y + 110, { steps: 12 });
    await page.mouse.up();
    await expect.poll(async () => page.getByText(/^\d+ strokes\.$/).count()).toBe(1);
    const painted = await pad.evaluate(async (el) => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const canvas = el.querySelector("canvas")!;
      const dpr = canvas.width / el.clientWidth;
      const g = canvas.getContext("2d")!;
      const background = [...g.getImageData(Math.round(20 * dpr), Math.round(20 * dpr), 1, 1).data];
      return [80, 150, 250].map((x) => {
        const p = [...g.getImageData(Math.round(x * dpr), Math.round(110 * dpr), 1, 1).data];
        return p.some((v, i) => Math.abs(v - background[i]!) > 30);
      });
    });
    expect(painted).toEqual([true, true, true]);
    // Clear, from the keyboard: the strokes go, the pad is its background again.
    await page.getByRole("button", { name: "Clear" }).focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "Drag on the pad to draw.");
    await expect.poll(() => pad.getAttribute("data-shapes")).toBe("1");
    const background = await pixel(page, 20, 20, 1);
    expect(near(await pixel(page, 150, 110, 1), background, 2)).toBe(true);
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await suite.open(main);
    await page.emulateMedia({ colorScheme: scheme });
    await waitForText(page, "Drag on the pad to draw.", 10_000);
    await page.evaluate(() => document.fonts.ready);
    const pad = page.getByRole("img", { name: "Drawing pad: drag to draw" });
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + 150);
    await page.mouse.down();
    await page.mouse.move(box.x + 160, box.y + 50, { steps: 8 });
    await page.mouse.move(box.x + 300, box.y + 160, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => page.getByText(/^\d+ strokes\.$/).count()).toBe(1);
    // The pointer leaves the pad, and its tooltip bubble goes away before the picture.
    await page.mouse.move(1, 1);
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll(":popover-open").length))
      .toBe(0);
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-canvas-${scheme}.png`, fullPage: true });
  });
});
