// SelectionArea and TransparentPointer in Chromium: text inside the area is selected by
// dragging across controls (outside it is not), and a click on a transparent layer of a
// Stack reaches both the layer and the button under it; screenshots of the page.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/selection.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function openGallery(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Click the button through the layer.", 10_000);
  return page;
}

/** Drags from the start of one text to the end of another; returns the selected text. */
async function dragSelect(page: Page, from: string, to: string): Promise<string> {
  const start = (await page.getByText(from, { exact: true }).boundingBox())!;
  const end = (await page.getByText(to, { exact: true }).boundingBox())!;
  await page.mouse.move(start.x + 1, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width - 1, end.y + end.height / 2, { steps: 8 });
  await page.mouse.up();
  return page.evaluate(() => String(window.getSelection()));
}

describe("SelectionArea and TransparentPointer in Chromium", () => {
  it("selects text across the controls inside the area, not outside it", async () => {
    const page = await openGallery();
    const inside = await dragSelect(page, "Order #1041", "Ships Tuesday to 12 Harbour Street");
    expect(inside).toContain("Order #1041");
    expect(inside).toContain("2 × Espresso beans, 1 kg");
    expect(inside).toContain("Ships Tuesday");
    await page.mouse.click(600, 650);
    const outside = "This line is outside the area: it cannot be selected.";
    expect(await dragSelect(page, outside, outside)).toBe("");
  });

  it("passes a click on the layer to the button under it as well", async () => {
    const page = await openGallery();
    const layer = page.locator(".flet-transparentpointer");
    await layer.click();
    await waitForText(page, "The button got 1 clicks; the layer saw 1.");
    await layer.click();
    await waitForText(page, "The button got 2 clicks; the layer saw 2.");
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await suite.open(main);
    await page.emulateMedia({ colorScheme: scheme });
    await waitForText(page, "Click the button through the layer.", 10_000);
    await page.evaluate(() => document.fonts.ready);
    await dragSelect(page, "Order #1041", "Ships Tuesday to 12 Harbour Street");
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-selection-${scheme}.png` });
  });
});
