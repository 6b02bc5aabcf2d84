// PopupMenuButton in Chromium: the WAI-ARIA menu button pattern by mouse and keyboard,
// entries with icons, a check mark and a divider, a disabled entry skipped, the menu
// over or under its button, and screenshots of the menus page.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/menus.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function open(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Menus", 10_000);
  return page;
}

const more = (page: Page) => page.getByRole("button", { name: "More options" });
const menu = (page: Page, name: string) => page.getByRole("menu", { name });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? "");

describe("PopupMenuButton in Chromium", () => {
  it("opens on click, picks an entry, and closes", async () => {
    const page = await open();
    expect(await more(page).getAttribute("aria-haspopup")).toBe("menu");
    await more(page).click();
    await expect.poll(() => menu(page, "More options").isVisible()).toBe(true);
    expect(await more(page).getAttribute("aria-expanded")).toBe("true");
    expect(await page.getByRole("separator").count()).toBeGreaterThan(0);
    await page.getByRole("menuitem", { name: "Rename" }).click();
    await waitForText(page, "Rename picked");
    expect(await menu(page, "More options").isVisible()).toBe(false);
    expect(await more(page).getAttribute("aria-expanded")).toBe("false");
  });

  it("follows the menu button pattern from the keyboard", async () => {
    const page = await open();
    await more(page).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedText(page)).toContain("Share");
    await page.keyboard.press("ArrowDown");
    expect(await focusedText(page)).toContain("Rename");
    // Down skips the divider; End goes to the last enabled entry (Delete is disabled).
    await page.keyboard.press("ArrowDown");
    expect(await focusedText(page)).toContain("Pinned");
    await page.keyboard.press("ArrowDown");
    expect(await focusedText(page)).toContain("Share");
    await page.keyboard.press("End");
    expect(await focusedText(page)).toContain("Pinned");
    await page.keyboard.press("Space");
    await page.locator(".flet-view-body").getByText("Pinned", { exact: true }).waitFor();
    // Focus is back on the button; Up opens on the last entry, now checked.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "More options",
    );
    await page.keyboard.press("ArrowUp");
    const pinned = page.getByRole("menuitemcheckbox", { name: "Pinned" });
    await expect.poll(() => pinned.getAttribute("aria-checked")).toBe("true");
    expect(await focusedText(page)).toContain("Pinned");
    await page.keyboard.press("Escape");
    await waitForText(page, "Menu closed without a pick");
  });

  it("closes on a click outside, and opens under its own button", async () => {
    const page = await open();
    await more(page).click();
    await page.mouse.click(600, 500);
    await waitForText(page, "Menu closed without a pick");
    const sort = page.getByRole("button", { name: "Sort by" });
    await sort.click();
    await expect.poll(() => menu(page, "Sort by").isVisible()).toBe(true);
    const button = (await sort.boundingBox())!;
    const list = (await menu(page, "Sort by").boundingBox())!;
    expect(Math.round(list.y)).toBe(Math.round(button.y + button.height));
    await page.getByRole("menuitem", { name: "Date" }).click();
    await waitForText(page, "Sort by date picked");
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await open();
    await page.emulateMedia({ colorScheme: scheme });
    await more(page).click();
    await expect.poll(() => menu(page, "More options").isVisible()).toBe(true);
    await page.mouse.move(600, 600);
    // Past the menu's fade-in.
    await page.waitForTimeout(250);
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-menus-${scheme}.png` });
  });
});
