// SegmentedButton in Chromium: segments side by side in one 40 px outlined pill, the
// selected one filled with a check mark, single and multiple selection by mouse and
// keyboard, the last segment kept unless empty is allowed; screenshots.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/segmented.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function open(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Segmented buttons", 10_000);
  return page;
}

const segment = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

describe("SegmentedButton in Chromium", () => {
  it("draws one outlined pill with the selected segment filled and checked", async () => {
    const page = await open();
    const group = page.getByRole("group").first();
    const box = (await group.boundingBox())!;
    expect(box.height).toBe(40);
    // Every segment as wide as the widest, none wrapped (Flutter sizes them so).
    const widths = await group
      .getByRole("button")
      .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().width)));
    expect(new Set(widths).size).toBe(1);
    expect(await segment(page, "Month").evaluate((el) => el.getBoundingClientRect().height)).toBe(
      38,
    );
    const week = segment(page, "Week");
    expect(await week.getAttribute("aria-pressed")).toBe("true");
    expect(await week.locator(".flet-segment-mark").isVisible()).toBe(true);
    expect(await segment(page, "Day").locator(".flet-segment-mark").isVisible()).toBe(false);
    const [on, off] = await Promise.all(
      [week, segment(page, "Day")].map((b) =>
        b.evaluate((el) => getComputedStyle(el).backgroundColor),
      ),
    );
    expect(on).not.toBe(off);
  });

  it("picks one segment by mouse or keyboard, and keeps the last one", async () => {
    const page = await open();
    await segment(page, "Month").click();
    await waitForText(page, "View: month");
    expect(await segment(page, "Week").getAttribute("aria-pressed")).toBe("false");
    await segment(page, "Day").focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "View: day");
    // Clicking the selected segment does not empty the selection.
    await segment(page, "Day").click();
    await page.waitForTimeout(200);
    expect(await segment(page, "Day").getAttribute("aria-pressed")).toBe("true");
  });

  it("toggles several segments, down to none when allowed", async () => {
    const page = await open();
    await segment(page, "XL").click();
    await waitForText(page, "Sizes: M, L, XL");
    await segment(page, "M").click();
    await segment(page, "L").click();
    await waitForText(page, "Sizes: XL");
    await segment(page, "XL").press("Space");
    await waitForText(page, "No size");
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await open();
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-segmented-${scheme}.png` });
  });
});
