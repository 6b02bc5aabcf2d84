// Charts in Chromium: the gallery page's line, bar and pie charts drawn as SVG; hovering a
// bar shows its tooltip and sends Flet's chart event; the arrow keys move from point to
// point with the tooltip and a spoken value; a live append adds one point; screenshots.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/charts.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

/**
 * The box of `locator` once it is laid out and still (bars grow in, and a chart that
 * loads lazily draws again at its size): the same box twice in a row.
 */
async function steadyBox(locator: Locator) {
  let last = "";
  let box: Awaited<ReturnType<Locator["boundingBox"]>> = null;
  await expect
    .poll(
      async () => {
        box = await locator.boundingBox();
        const key = JSON.stringify(box);
        const still = box !== null && key === last;
        last = key;
        return still;
      },
      { interval: 100, timeout: 15_000 },
    )
    .toBe(true);
  return box!;
}

describe("Charts in Chromium", () => {
  it("hovering a bar shows its tooltip and sends the group and rod", async () => {
    const events: string[] = [];
    const page = await suite.open((p) => {
      p.add(
        new ft.BarChart({
          width: 300,
          height: 200,
          tooltip: "Fruit",
          barGroups: [0, 1, 2].map(
            (x) =>
              new ft.BarChartGroup({
                x,
                barRods: [
                  new ft.BarChartRod({ toY: (x + 1) * 10, width: 30, tooltip: `Fruit ${x}` }),
                ],
              }),
          ),
          onChartEvent: (e) =>
            events.push(`${e.type} ${e.groupIndex} ${e.rodIndex} ${e.stackItemIndex}`),
        }),
      );
    });
    const rod = page.locator(".flet-chart-rod").nth(1);
    await rod.waitFor();
    const box = await steadyBox(rod);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator(".flet-chart-tip").textContent()).toBe("Fruit 1");
    await expect.poll(() => events.at(-1)).toBe("PointerHoverEvent 1 0 -1");
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => events.at(-1)).toBe("TapUpEvent 1 0 -1");
    await page.mouse.move(1, 1);
    await expect.poll(() => events.at(-1)).toBe("PointerExitEvent -1 -1 -1");
    await expect.poll(() => page.locator(".flet-chart-tip").count()).toBe(0);
  });

  it("the arrow keys move between points, show the tooltip and say the value", async () => {
    const events: string[] = [];
    const page = await suite.open((p) => {
      p.add(
        new ft.LineChart({
          width: 300,
          height: 200,
          tooltip: "Temperatures",
          dataSeries: [
            new ft.LineChartData([0, 1, 2].map((x) => new ft.LineChartDataPoint(x, x * 2 + 1))),
          ],
          onChartEvent: (e) =>
            events.push(
              `${e.type} ${e.spots.map((s) => `${s.barIndex}:${s.spotIndex}`).join(",")}`,
            ),
        }),
      );
    });
    const chart = page.getByRole("img", { name: /^Temperatures/ });
    await chart.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator(".flet-chart-tip").textContent()).toBe("1.0");
    await expect
      .poll(() => chart.getByRole("status").textContent())
      .toBe("Line 1, point 1 of 3: x 0, y 1");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator(".flet-chart-tip").textContent()).toBe("3.0");
    await expect.poll(() => events.at(-1)).toBe("PointerHoverEvent 0:1");
    await page.keyboard.press("Enter");
    await expect.poll(() => events.at(-1)).toBe("TapUpEvent 0:1");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".flet-chart-tip").count()).toBe(0);
  });

  it("the arrow keys move from bar to bar on the gallery's bar chart", async () => {
    const page = await suite.open(main);
    await waitForText(page, "Hover or focus a chart.", 10_000);
    const chart = page.getByRole("img", { name: /^Fruit supply/ });
    await chart.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => chart.locator(".flet-chart-tip").textContent()).toBe("Apple");
    await page.keyboard.press("End");
    await expect.poll(() => chart.locator(".flet-chart-tip").textContent()).toBe("Orange");
    await expect
      .poll(() => chart.getByRole("status").textContent())
      .toBe("Group 4 (x 3), bar 1: Orange");
    await waitForText(page, "Bar PointerHoverEvent: group 3, rod 0");
  });

  it("hovering near a point of each line shows their values and sends their spots", async () => {
    const events: string[] = [];
    const page = await suite.open((p) => {
      p.add(
        new ft.LineChart({
          width: 300,
          height: 200,
          dataSeries: [
            new ft.LineChartData([0, 1, 2].map((x) => new ft.LineChartDataPoint(x, x + 1))),
            new ft.LineChartData(
              [0, 2].map((x) => new ft.LineChartDataPoint(x, 5, { tooltip: `Top ${x}` })),
            ),
          ],
          onChartEvent: (e) =>
            events.push(e.spots.map((s) => `${s.barIndex}:${s.spotIndex}`).join(",")),
        }),
      );
    });
    const chart = page.locator(".flet-linechart");
    await chart.locator(".flet-chart-line").first().waitFor();
    const box = await steadyBox(chart);
    // x = 2 is the right edge of the plot: both lines have a point there.
    await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
    await expect
      .poll(() => chart.locator(".flet-chart-tip div").allTextContents())
      .toEqual(["3.0", "Top 2"]);
    await expect.poll(() => events.at(-1)).toBe("0:2,1:1");
    await expect.poll(() => chart.locator(".flet-chart-indicator").count()).toBe(2);
  });

  it("a live append adds the point to the line", async () => {
    let add = () => {};
    const page = await suite.open((p) => {
      const data = new ft.LineChartData(
        [new ft.LineChartDataPoint(0, 1), new ft.LineChartDataPoint(1, 2)],
        {
          point: true,
        },
      );
      p.add(new ft.LineChart({ width: 300, height: 200, dataSeries: [data] }));
      add = () => {
        data.dataPoints.push(new ft.LineChartDataPoint(2, 0));
        data.update();
      };
    });
    await expect.poll(() => page.locator(".flet-chart-point").count()).toBe(2);
    add();
    await expect.poll(() => page.locator(".flet-chart-point").count()).toBe(3);
    await expect.poll(() => page.locator(".flet-chart-line").getAttribute("d")).toMatch(/L\d/);
  });

  it("hovering a pie section sends its index and the app grows it", async () => {
    const page = await suite.open(main);
    await waitForText(page, "Hover or focus a chart.", 10_000);
    const section = page.locator(".flet-chart-section").first();
    await section.waitFor();
    const before = await section.getAttribute("d");
    await section.scrollIntoViewIfNeeded();
    const box = await steadyBox(section);
    // The blue 40% section runs from 3 o'clock clockwise: its bottom edge is inside it.
    await section.hover({ position: { x: box.width / 2, y: box.height - 10 }, force: true });
    await waitForText(page, "Pie PointerHoverEvent: section 0");
    await expect
      .poll(() => page.locator(".flet-chart-section").first().getAttribute("d"))
      .not.toBe(before);
  });

  it.each(["light", "dark"] as const)(
    "screenshot (%s)",
    async (scheme) => {
      const page = await suite.open(main);
      await page.setViewportSize({ width: 900, height: 1500 });
      await page.emulateMedia({ colorScheme: scheme });
      await waitForText(page, "Hover or focus a chart.", 10_000);
      await page.locator(".flet-chart-rod").first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const rod = page.locator(".flet-chart-rod").nth(1);
      const box = await steadyBox(rod);
      await page.mouse.move(box.x + box.width / 2, box.y + 20);
      await page.locator(".flet-chart-tip").waitFor();
      mkdirSync("docs/img", { recursive: true });
      await page.screenshot({ path: `docs/img/controls-charts-${scheme}.png`, fullPage: true });
    },
    60_000,
  );
});
