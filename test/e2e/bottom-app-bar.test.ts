// BottomAppBar in Chromium: at the bottom of the view, full width; a docked floating
// action button centred on its top edge inside the notch (pixels around the button
// show the page, not the bar); a floating one 16 px above it; screenshots.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/bottom-app-bar.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function open(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Bottom app bar", 10_000);
  return page;
}

const boxes = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    return { bar: box(".flet-bottomappbar"), fab: box(".flet-fab"), view: box(".flet-view") };
  });

/** The bar's computed mask. */
const maskOf = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector(".flet-bottomappbar")!).maskImage);

/**
 * Whether the bar paints the point (x, y), read from the pixels: the bar is painted red and
 * the button hidden, then the point is sampled from a screenshot.
 */
async function barPaints(page: Page, x: number, y: number): Promise<boolean> {
  await page.evaluate(() => {
    document.querySelector<HTMLElement>(".flet-bottomappbar")!.style.background = "#ff0000";
    document.querySelector<HTMLElement>(".flet-fab")!.style.visibility = "hidden";
  });
  const shot = await page.screenshot({
    clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 },
  });
  const [r, g, b] = await page.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    return [...context.getImageData(0, 0, 1, 1).data];
  }, shot.toString("base64"));
  await page.evaluate(() => {
    document.querySelector<HTMLElement>(".flet-bottomappbar")!.style.background = "";
    document.querySelector<HTMLElement>(".flet-fab")!.style.visibility = "";
  });
  return r! > 200 && g! < 60 && b! < 60;
}

describe("BottomAppBar in Chromium", () => {
  it("sits at the bottom, full width, 80 px, with its actions", async () => {
    const page = await open();
    const { bar, view } = await boxes(page);
    expect(bar.height).toBe(80);
    expect(bar.width).toBe(view.width);
    expect(bar.y + bar.height).toBe(view.y + view.height);
    await page.getByRole("button", { name: "Search" }).click();
    await waitForText(page, "Search pressed");
  });

  it("docks the button on its top edge, in a notch", async () => {
    const page = await open();
    const { bar, fab, view } = await boxes(page);
    // Centred on the bar's top edge, in the middle of the view.
    expect(fab.y + fab.height / 2).toBeCloseTo(bar.y, 0);
    expect(fab.x + fab.width / 2).toBeCloseTo(view.x + view.width / 2, 0);
    // The notch: 4 px (notchMargin) wider than the round button, cut out of the bar; the
    // bar is painted beside it.
    const center = fab.x + fab.width / 2;
    expect(await barPaints(page, center + 22, bar.y + 20)).toBe(false);
    expect(await barPaints(page, center + 40, bar.y + 20)).toBe(true);
    expect(await barPaints(page, center, bar.y + 40)).toBe(true);
    // `auto` follows the button: a circle for a round one, a rounded square otherwise.
    await page.getByRole("radio", { name: "Notch like the button" }).click();
    await expect.poll(() => maskOf(page)).toMatch(/radial-gradient/);
    await page.getByRole("switch", { name: "Round button" }).click();
    await expect.poll(() => maskOf(page)).toMatch(/svg/);
    // The square's corner is cut too (a circle's notch would leave it painted).
    expect(await barPaints(page, center + 22, bar.y + 28)).toBe(false);
    await page.getByRole("radio", { name: "No notch" }).click();
    await expect.poll(() => maskOf(page)).toBe("none");
    expect(await barPaints(page, center + 22, bar.y + 20)).toBe(true);
    await page.getByRole("button", { name: "Add" }).click();
    await waitForText(page, "Add pressed");
  });

  it("moves the button to the end, or floats it 16 px above the bar", async () => {
    const page = await open();
    await page.getByRole("radio", { name: "Docked, end" }).click();
    await expect
      .poll(async () => {
        const { fab, view } = await boxes(page);
        return Math.round(view.x + view.width - (fab.x + fab.width));
      })
      .toBe(16);
    await page.getByRole("radio", { name: "Floating" }).click();
    await expect
      .poll(async () => {
        const { bar, fab } = await boxes(page);
        return Math.round(bar.y - (fab.y + fab.height));
      })
      .toBe(16);
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await open();
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-bottom-app-bar-${scheme}.png` });
  });
});
