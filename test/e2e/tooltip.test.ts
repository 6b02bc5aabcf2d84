// Tooltips in Chromium: the plain `tooltip` of every control and the Tooltip control's own
// bubble (look, placement, timing) by mouse, keyboard and touch; its content laid out as
// if it were not there; screenshots of the tooltips page with a bubble open.
import { mkdirSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/tooltips.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function openGallery(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Hover, focus (Tab) or long-press a control to see its tooltip.", 10_000);
  return page;
}

/** The Tooltip control (its box) around the element with this text. */
const tooltipAround = (page: Page, text: string): Locator =>
  page.locator(".flet-tooltip").filter({ hasText: text }).first();

/** The bubble of a Tooltip control, and whether it is open. */
const bubbleOf = (tooltip: Locator): Locator => tooltip.locator(".flet-tooltip-own");
const isOpen = (bubble: Locator) => bubble.evaluate((el) => el.matches(":popover-open"));

describe("Tooltip in Chromium", () => {
  it("shows a styled bubble below its content on hover, and hides it when the mouse leaves", async () => {
    const page = await openGallery();
    const sunset = tooltipAround(page, "Sunset");
    const bubble = bubbleOf(sunset);
    expect(await isOpen(bubble)).toBe(false);
    await sunset.hover();
    await expect.poll(() => isOpen(bubble)).toBe(true);
    expect(await bubble.textContent()).toBe("A gradient, rounded, with large white text");
    const style = await bubble.evaluate((el) => {
      const css = getComputedStyle(el);
      return {
        image: css.backgroundImage,
        radius: css.borderTopLeftRadius,
        padding: css.paddingLeft,
        size: css.fontSize,
        color: css.color,
      };
    });
    expect(style).toMatchObject({ radius: "12px", padding: "16px", size: "16px" });
    expect(style.image).toMatch(/^linear-gradient/);
    expect(style.color).toBe("rgb(255, 255, 255)");
    const content = (await sunset.boundingBox())!;
    const shown = (await bubble.boundingBox())!;
    expect(shown.y).toBeGreaterThanOrEqual(content.y + content.height);
    await page.mouse.move(5, 700);
    await expect.poll(() => isOpen(bubble)).toBe(false);
  });

  it("prefers above with preferBelow false, and the plain tooltip still works", async () => {
    const page = await openGallery();
    const above = tooltipAround(page, "Above");
    await above.hover();
    await expect.poll(() => isOpen(bubbleOf(above))).toBe(true);
    const content = (await above.boundingBox())!;
    const shown = (await bubbleOf(above).boundingBox())!;
    expect(shown.y + shown.height).toBeLessThanOrEqual(content.y);
    // An IconButton's plain tooltip uses the page's shared bubble.
    await page.getByRole("button", { name: "Delete" }).hover();
    const shared = page.locator("body > .flet-tooltip-bubble");
    await expect.poll(() => shared.evaluate((el) => el.classList.contains("flet-open"))).toBe(true);
    expect(await shared.textContent()).toBe("Delete");
    expect(await isOpen(bubbleOf(above))).toBe(false);
  });

  it("shows on keyboard focus, describes the focused control, and Escape hides it", async () => {
    const page = await openGallery();
    const sunset = tooltipAround(page, "Sunset");
    const button = sunset.locator(":scope > *").first();
    await page.getByRole("button", { name: "Save" }).focus();
    await page.keyboard.press("Tab");
    await expect.poll(() => isOpen(bubbleOf(sunset))).toBe(true);
    const described = await button.evaluate((el) => {
      const id = el.getAttribute("aria-describedby");
      return id ? document.getElementById(id)?.textContent : null;
    });
    expect(described).toBe("A gradient, rounded, with large white text");
    await page.keyboard.press("Escape");
    await expect.poll(() => isOpen(bubbleOf(sunset))).toBe(false);
  });

  it("adds no layout: a button inside keeps its own size", async () => {
    const page = await openGallery();
    const sunset = tooltipAround(page, "Sunset");
    const box = (await sunset.boundingBox())!;
    const button = (await sunset.locator(":scope > *").first().boundingBox())!;
    expect(box.width).toBe(button.width);
    expect(box.height).toBe(button.height);
    expect(box.width).toBeLessThan(200);
  });

  it("shows on a touch long press and stays showDuration after the finger lifts", async () => {
    const page = await openGallery();
    const info = page.locator(".flet-tooltip").filter({ has: page.locator(".flet-icon") });
    const bubble = bubbleOf(info);
    await info.dispatchEvent("pointerdown", { pointerType: "touch", isPrimary: true });
    await expect.poll(() => isOpen(bubble)).toBe(true);
    expect(
      await bubble.evaluate((el) => [
        getComputedStyle(el).borderTopLeftRadius,
        el.style.aspectRatio,
      ]),
    ).toEqual(["50%", "1 / 1"]);
    await info.dispatchEvent("pointerup", { pointerType: "touch", isPrimary: true });
    // Still open right after the finger lifts (showDuration is 3 s) ...
    expect(await isOpen(bubble)).toBe(true);
    // ... then it closes by itself.
    await expect.poll(() => isOpen(bubble), { timeout: 8_000 }).toBe(false);
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await suite.open(main);
    await page.emulateMedia({ colorScheme: scheme });
    await waitForText(
      page,
      "Hover, focus (Tab) or long-press a control to see its tooltip.",
      10_000,
    );
    await page.evaluate(() => document.fonts.ready);
    const sunset = tooltipAround(page, "Sunset");
    await sunset.hover();
    await expect.poll(() => isOpen(bubbleOf(sunset))).toBe(true);
    await page.waitForTimeout(200); // the fade-in
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-tooltips-${scheme}.png` });
  });
});
