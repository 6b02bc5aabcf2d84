// Chip in Chromium: what a user does with chips (mouse and keyboard, roles and names),
// and screenshots of the chips page.
import { mkdirSync } from "node:fs";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/chips.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function openGallery(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Pick a filter, a size or an action.", 10_000);
  return page;
}

describe("Chip in Chromium", () => {
  it("is Material 3's 32 px outlined chip in a 48 px tap target, as wide as its label", async () => {
    const page = await openGallery();
    const chip = page.locator(".flet-chip").filter({ hasText: "Gluten free" });
    const outer = (await chip.boundingBox())!;
    const body = (await chip.locator(".flet-chip-body").boundingBox())!;
    expect(outer.height).toBe(48);
    expect(body.height).toBe(32);
    expect(body.width).toBeGreaterThan(60);
    expect(body.width).toBeLessThan(160);
  });

  it("filter chips are checkboxes toggled by click and by Space", async () => {
    const page = await openGallery();
    const vegan = page.getByRole("checkbox", { name: "Vegan" });
    expect(await vegan.getAttribute("aria-checked")).toBe("true");
    await vegan.click();
    await waitForText(page, "No filters.");
    expect(await vegan.getAttribute("aria-checked")).toBe("false");
    await vegan.focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await waitForText(page, "Filters: Gluten free.");
    expect(
      await page.getByRole("checkbox", { name: "Gluten free" }).getAttribute("aria-checked"),
    ).toBe("true");
  });

  it("choice chips select one; action chips act on Enter; disabled ones do not", async () => {
    const page = await openGallery();
    await page.getByRole("checkbox", { name: "Small" }).click();
    await waitForText(page, "Size: Small.");
    expect(await page.getByRole("checkbox", { name: "Medium" }).getAttribute("aria-checked")).toBe(
      "false",
    );
    await page.getByRole("button", { name: "Add to calendar" }).focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "Added to the calendar.");
    const saved = page.getByRole("button", { name: "Saved" });
    expect(await saved.getAttribute("aria-disabled")).toBe("true");
    expect(await saved.getAttribute("tabindex")).toBe("-1");
    await page.getByRole("button", { name: "Directions" }).click();
    await waitForText(page, "Directions requested.");
  });

  it("input chips are deleted by their delete button, by mouse and keyboard", async () => {
    const page = await openGallery();
    await page.getByRole("button", { name: "Delete ada@example.com" }).click();
    await waitForText(page, "Removed Ada.");
    expect(await page.getByText("ada@example.com").count()).toBe(0);
    // A chip that does nothing itself: its delete button is in the Tab order.
    await page.getByRole("checkbox", { name: "Vegan" }).focus();
    await page.keyboard.press("Shift+Tab");
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby")),
    ).toMatch(/flet-chip-delete/);
    await page.keyboard.press("Backspace");
    await waitForText(page, "Removed Alan.");
    await page.getByRole("button", { name: "Delete grace@example.com" }).focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "Removed Grace.");
  });

  it("a selectable, deletable chip: arrows move to its delete button, Backspace deletes", async () => {
    const log: string[] = [];
    const page = await suite.open((p) => {
      p.add(
        new ft.Chip(new ft.Text("Tag"), {
          deleteIconTooltip: "Remove tag",
          onSelect: (e) => void log.push(`select ${String(e.data)}`),
          onDelete: () => void log.push("delete"),
          onFocus: () => void log.push("focus"),
          onBlur: () => void log.push("blur"),
        }),
        new ft.Chip(new ft.Text("Off"), { disabled: true, onClick: () => void log.push("off") }),
      );
    });
    // A disabled chip takes no click (the later events prove none was sent).
    await page.getByRole("button", { name: "Off" }).click({ force: true });
    const tag = page.getByRole("checkbox", { name: "Tag" });
    await tag.focus();
    await page.keyboard.press("ArrowRight");
    const remove = page.getByRole("button", { name: "Remove tag" });
    expect(await remove.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("ArrowLeft");
    expect(await tag.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Backspace");
    await expect.poll(() => log.join(", ")).toBe("focus, select true, delete");
    await tag.blur();
    await expect.poll(() => log.at(-1)).toBe("blur");
    expect(await tag.getAttribute("aria-checked")).toBe("true");
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await suite.open(main);
    await page.emulateMedia({ colorScheme: scheme });
    await waitForText(page, "Pick a filter, a size or an action.", 10_000);
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-chips-${scheme}.png` });
  });
});
