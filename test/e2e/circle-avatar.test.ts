// CircleAvatar in Chromium: a 40 px circle by default, sizes from radius and its bounds,
// initials in the theme's colours or the app's, a picture over them, and the initials
// shown when the picture fails to load; screenshots of the avatars page.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { main } from "../../examples/controls/avatars.js";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

async function open(): Promise<Page> {
  const page = await suite.open(main);
  await waitForText(page, "Avatars and badges", 10_000);
  return page;
}

const avatar = (page: Page, text: string) =>
  page.locator(".flet-circleavatar", { has: page.getByText(text, { exact: true }) });

describe("CircleAvatar in Chromium", () => {
  it("is a circle, 40 px by default, sized by radius or maxRadius", async () => {
    const page = await open();
    const sizes: Record<string, number> = {};
    for (const text of ["AB", "S", "M", "L", "XL"]) {
      const box = (await avatar(page, text).boundingBox())!;
      expect(box.width).toBe(box.height);
      sizes[text] = box.width;
    }
    expect(sizes).toEqual({ AB: 40, S: 28, M: 40, L: 64, XL: 96 });
    const shape = await avatar(page, "AB").evaluate((el) => getComputedStyle(el).borderRadius);
    expect(shape).toBe("50%");
  });

  it("draws initials in the theme's colours, or the app's", async () => {
    const page = await open();
    const colours = (text: string) =>
      avatar(page, text).evaluate((el) => [
        getComputedStyle(el).backgroundColor,
        getComputedStyle(el.querySelector(".flet-text")!).color,
      ]);
    const [themed, own] = [await colours("AB"), await colours("CD")];
    expect(themed[0]).not.toBe(own[0]);
    expect(own[1]).toBe("rgb(0, 0, 0)");
  });

  it("shows the picture over the content, and the initials when it fails", async () => {
    const page = await open();
    const pictured = page.locator(".flet-circleavatar").nth(3);
    await expect
      .poll(() =>
        pictured
          .locator(".flet-avatar-fg")
          .evaluate((img) => (img as HTMLImageElement).naturalWidth > 0),
      )
      .toBe(true);
    expect(await pictured.locator(".flet-avatar-fg").isVisible()).toBe(true);
    const fallback = avatar(page, "GH");
    await expect.poll(() => fallback.locator(".flet-avatar-fg").isVisible()).toBe(false);
    expect(await fallback.getByText("GH").isVisible()).toBe(true);
  });

  it.each(["light", "dark"] as const)("screenshot (%s)", async (scheme) => {
    const page = await open();
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => document.fonts.ready);
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: `docs/img/controls-avatars-${scheme}.png` });
  });
});
