// SearchBar in Chromium: the Material 3 bar, its view dropped from it (or covering the
// window), suggestions filtered as the user types and picked by mouse or keyboard, and
// screenshots of the search page with the view open.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/search.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function openGallery(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Nothing picked yet.", 10_000);
  return page;
}

const viewOpen = (page: Page) =>
  page.locator("dialog.flet-search-view").evaluate((d) => (d as HTMLDialogElement).open);
const suggestions = (page: Page) => page.locator(".flet-search-suggestions > *");

describe("SearchBar in Chromium", () => {
  it("is a 56 px pill that takes the width it is allowed, up to 800 px", async () => {
    const page = await openGallery();
    const bar = page.locator(".flet-search-bar");
    const box = (await bar.boundingBox())!;
    expect(box.height).toBe(56);
    expect(box.width).toBe(800);
    expect(await bar.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe("28px");
    const field = page.getByRole("combobox", { name: "Search colours" });
    expect(await field.getAttribute("placeholder")).toBe("Search colours");
    expect(await field.getAttribute("aria-expanded")).toBe("false");
  });

  it("opens its view on a click, filters as the user types, and a pick closes it", async () => {
    const page = await openGallery();
    const field = page.getByRole("combobox", { name: "Search colours" });
    await field.click();
    await expect.poll(() => viewOpen(page)).toBe(true);
    expect(await field.getAttribute("aria-expanded")).toBe("true");
    const bar = (await page.locator(".flet-search-bar").boundingBox())!;
    const view = (await page.locator("dialog.flet-search-view").boundingBox())!;
    expect([view.x, view.y, view.width]).toEqual([bar.x, bar.y, bar.width]);
    const input = page.getByRole("searchbox", { name: "Type a colour" });
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("blu");
    await expect.poll(() => suggestions(page).count()).toBe(3);
    await page.getByText("Light blue", { exact: true }).click();
    await waitForText(page, "Picked Light blue.");
    await expect.poll(() => viewOpen(page)).toBe(false);
    expect(await field.inputValue()).toBe("Light blue");
  });

  it("works from the keyboard: Down opens, Down and Enter pick, Escape closes", async () => {
    const page = await openGallery();
    const field = page.getByRole("combobox", { name: "Search colours" });
    await field.focus();
    await page.keyboard.type("re");
    await page.keyboard.press("Enter");
    await waitForText(page, 'Searched for "re".');
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => viewOpen(page)).toBe(true);
    expect(await page.getByRole("searchbox").inputValue()).toBe("re");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await waitForText(page, "Picked Green.");
    await expect.poll(() => viewOpen(page)).toBe(false);
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => viewOpen(page)).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => viewOpen(page)).toBe(false);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.getAttribute("aria-expanded")).toBe("false");
  });

  it("opens from openView(); a click outside and the back button close it; Clear empties it", async () => {
    const page = await openGallery();
    await page.getByRole("button", { name: "Open the view" }).click();
    await expect.poll(() => viewOpen(page)).toBe(true);
    await page.mouse.click(1200, 650);
    await expect.poll(() => viewOpen(page)).toBe(false);
    await page.getByRole("combobox").click();
    await page.keyboard.type("x");
    await page.getByRole("button", { name: "Clear" }).click();
    expect(await page.getByRole("searchbox").inputValue()).toBe("");
    await expect.poll(() => suggestions(page).count()).toBe(16);
    await page.getByRole("button", { name: "Back" }).click();
    await expect.poll(() => viewOpen(page)).toBe(false);
  });

  it("covers the window with fullScreen", async () => {
    const page = await suite.open((p) => {
      p.add(new ft.SearchBar([new ft.Text("One")], { fullScreen: true, barHintText: "Find" }));
    });
    await page.getByRole("combobox", { name: "Find" }).click();
    await expect.poll(() => viewOpen(page)).toBe(true);
    const view = (await page.locator("dialog.flet-search-view").boundingBox())!;
    const size = page.viewportSize()!;
    expect([view.x, view.y, view.width, view.height]).toEqual([0, 0, size.width, size.height]);
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await suite.open(main);
    await page.emulateMedia({ colorScheme: scheme });
    await waitForText(page, "Nothing picked yet.", 10_000);
    await page.evaluate(() => document.fonts.ready);
    await page.getByRole("combobox").click();
    await page.keyboard.type("b");
    await expect.poll(() => suggestions(page).count()).toBe(5);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-search-${scheme}.png` });
  });
});
