// ExpansionTile in Chromium: the header as a button with aria-expanded, opened by mouse
// and keyboard, the arrow on either side, controls removed or kept (maintainState) while
// collapsed, and screenshots of the expansion page.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/expansion.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function open(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Expansion tiles", 10_000);
  return page;
}

const header = (page: Page, name: string) =>
  page.getByRole("button", { name: new RegExp(`^${name}`) });

describe("ExpansionTile in Chromium", () => {
  it("opens and closes by mouse, reporting to the app", async () => {
    const page = await open();
    const tile = header(page, "ExpansionTile 1");
    expect(await tile.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByText("This is sub-tile number 1").isVisible()).toBe(false);
    await tile.click();
    await waitForText(page, "Tile 1 expanded");
    expect(await tile.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => page.getByText("This is sub-tile number 1").isVisible()).toBe(true);
    // The sub-tiles span the tile's width (a Column is as wide as its widest control).
    const outer = (await tile.boundingBox())!;
    const inner = (await page
      .locator(".flet-listtile", { hasText: "sub-tile number 1" })
      .boundingBox())!;
    expect(inner.width).toBe(outer.width);
    // The header's text lines up with a ListTile's (16 px in), as in Flutter.
    const titleBox = (await tile.getByText("ExpansionTile 1").boundingBox())!;
    expect(titleBox.x - outer.x).toBe(16);
    await tile.click();
    await waitForText(page, "Tile 1 collapsed");
    await expect.poll(() => page.getByText("This is sub-tile number 1").isVisible()).toBe(false);
  });

  it("opens by keyboard; the arrow sits where affinity says", async () => {
    const page = await open();
    const second = header(page, "ExpansionTile 2");
    // Initially expanded, arrow leading (before the title).
    expect(await second.getAttribute("aria-expanded")).toBe("true");
    const arrow = (await second.locator(".flet-expansion-arrow").boundingBox())!;
    const title = (await second.getByText("ExpansionTile 2").boundingBox())!;
    expect(arrow.x).toBeLessThan(title.x);
    const first = header(page, "ExpansionTile 1");
    const trailing = (await first.locator(".flet-expansion-arrow").boundingBox())!;
    const row = (await first.boundingBox())!;
    expect(trailing.x + trailing.width).toBeGreaterThan(row.x + row.width - 40);
    await second.focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "Tile 2 collapsed");
    await page.keyboard.press("Space");
    await waitForText(page, "Tile 2 expanded");
  });

  it("keeps a field's text while collapsed with maintainState, and removes others' controls", async () => {
    const page = await open();
    await header(page, "ExpansionTile 3").click();
    await page.getByLabel("Your note").fill("remember me");
    await header(page, "ExpansionTile 3").click();
    await waitForText(page, "Tile 3 collapsed");
    // Kept but out of reach: not focusable while collapsed.
    expect(await page.getByLabel("Your note").count()).toBe(1);
    expect(
      await page
        .locator(".flet-expansion-region")
        .nth(2)
        .evaluate((el) => (el as HTMLElement).inert),
    ).toBe(true);
    await header(page, "ExpansionTile 3").click();
    await waitForText(page, "Tile 3 expanded");
    expect(await page.getByLabel("Your note").inputValue()).toBe("remember me");
    // Tile 2 (no maintainState) has no sub-tile in the page while collapsed.
    await header(page, "ExpansionTile 2").click();
    await waitForText(page, "Tile 2 collapsed");
    expect(await page.getByText("This is sub-tile number 3").count()).toBe(0);
  });

  it("opens panels apart from the others, by header or by button only", async () => {
    const page = await open();
    const panel = (n: number) => page.locator(".flet-expansionpanel").nth(n - 1);
    const before = (await panel(2).boundingBox())!;
    // canTapHeader: a click on the header's title opens the first panel.
    await page.getByText("Panel 1", { exact: true }).click();
    await waitForText(page, "Panel 1 opened");
    await expect.poll(() => page.getByText("This is in panel 1").isVisible()).toBe(true);
    // The open panel stands apart: the next one moved down by more than the content.
    await expect
      .poll(async () => (await panel(2).boundingBox())!.y - before.y)
      .toBeGreaterThan(16 + 56);
    // Panel 3 opens only from its button (Enter on it, from the keyboard).
    await page.getByText("Panel 3", { exact: true }).click();
    expect(await page.getByText("This is in panel 3").isVisible()).toBe(false);
    const button = panel(3).getByRole("button", { name: "Expand" });
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await button.focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "Panel 3 opened");
    expect(
      await panel(3).getByRole("button", { name: "Collapse" }).getAttribute("aria-expanded"),
    ).toBe("true");
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await open();
    await page.emulateMedia({ colorScheme: scheme });
    await header(page, "ExpansionTile 1").click();
    await waitForText(page, "Tile 1 expanded");
    await page.getByText("Panel 2", { exact: true }).click();
    await waitForText(page, "Panel 2 opened");
    await page.mouse.move(900, 20);
    await page.waitForTimeout(300);
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-expansion-${scheme}.png` });
  });
});
