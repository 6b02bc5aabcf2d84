import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../examples/cupertino.js";
import { launchBrowser, serveApp, type TestApp, waitForText } from "../e2e/browser.js";

let browser: Browser;
let app: TestApp;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await serveApp(main);
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe("Cupertino gallery in Chromium", () => {
  it.each(["light", "dark"] as const)(
    "renders (%s) and the server gets picker values",
    async (scheme) => {
      const page = await browser.newPage({
        viewport: { width: 760, height: 1500 },
        colorScheme: scheme,
      });
      await page.goto(app.url);
      await waitForText(page, "Cupertino", 10_000);
      await page.waitForTimeout(800);
      mkdirSync("docs/img", { recursive: true });
      await page.screenshot({ path: `docs/img/cupertino-${scheme}.png`, fullPage: true });
      const fruit = page.getByRole("listbox", { name: "Picker" });
      await fruit.focus();
      await page.keyboard.press("ArrowDown");
      await waitForText(page, "= Banana");
      const month = page.getByRole("listbox", { name: "Month" });
      await month.focus();
      await page.keyboard.press("ArrowDown");
      await waitForText(page, "= 2024-04-15T10:30:00");
      await page.getByRole("switch", { name: "Wi-Fi" }).click();
      await waitForText(page, "= false");
      expect(await page.getByRole("progressbar", { name: "Loading" }).count()).toBe(1);
      await page.close();
    },
  );
});
