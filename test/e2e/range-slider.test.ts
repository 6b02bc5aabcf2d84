// RangeSlider in Chromium: two named slider thumbs, stepped by the keyboard in divisions,
// reporting start and end to the app; screenshots of the sliders page.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/sliders.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function open(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Sliders", 10_000);
  return page;
}

describe("RangeSlider in Chromium", () => {
  it("has two thumbs named for screen readers, at the start and end values", async () => {
    const page = await open();
    const start = page.getByRole("slider", { name: "€ start" });
    const end = page.getByRole("slider", { name: "€ end" });
    await expect.poll(() => start.inputValue()).toBe("20");
    expect(await end.inputValue()).toBe("80");
  });

  it("steps each thumb by one division from the keyboard, and reports the range", async () => {
    const page = await open();
    const start = page.getByRole("slider", { name: "€ start" });
    await start.focus();
    await page.keyboard.press("ArrowRight");
    await waitForText(page, "Price: 25 to 80");
    const end = page.getByRole("slider", { name: "€ end" });
    await end.focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await waitForText(page, "Price: 25 to 70");
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await open();
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-sliders-${scheme}.png` });
  });
});
