import * as ft from "flet-ts";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serveApp, type TestApp, waitForText } from "./browser.js";

let browser: Browser;
let app: TestApp | undefined;
let page: Page | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
}, 30_000);
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await page?.close();
  await app?.close();
  page = undefined;
  app = undefined;
});

const kind = (p: Page, id: string) =>
  p.evaluate((target) => document.querySelector(`[data-flet-id="${target}"]`)?.className ?? "", id);

describe("adaptive", () => {
  it("switches Material controls to their Cupertino twins when page.platform changes, and back", async () => {
    let toggle!: ft.Switch;
    app = await serveApp((pg) => {
      toggle = new ft.Switch("Wi-Fi", { adaptive: true, value: true });
      pg.add(
        toggle,
        new ft.TextButton("iOS", { onClick: () => void (pg.platform = ft.PagePlatform.IOS) }),
        new ft.TextButton("Android", {
          onClick: () => void (pg.platform = ft.PagePlatform.ANDROID),
        }),
      );
    });
    page = await browser.newPage();
    await page.goto(app.url);
    await waitForText(page, "Wi-Fi");
    const before = await kind(page, toggle.uid!);
    expect(before).not.toMatch(/\bcu-/);
    await page.getByRole("button", { name: "iOS" }).click();
    await expect.poll(() => kind(page!, toggle.uid!)).toMatch(/\bcu-/);
    expect(await page.getByRole("switch", { name: "Wi-Fi" }).count()).toBe(1);
    await page.getByRole("button", { name: "Android" }).click();
    await expect.poll(() => kind(page!, toggle.uid!)).not.toMatch(/\bcu-/);
  });

  it("follows a change of an ancestor's adaptive flag", async () => {
    let box!: ft.Column;
    let check!: ft.Checkbox;
    app = await serveApp((pg) => {
      pg.platform = ft.PagePlatform.MACOS;
      check = new ft.Checkbox("Remember me");
      box = new ft.Column({ controls: [check] });
      pg.add(box, new ft.ElevatedButton("Adapt", { onClick: () => void (box.adaptive = true) }));
    });
    page = await browser.newPage();
    await page.goto(app.url);
    await waitForText(page, "Remember me");
    expect(await kind(page, check.uid!)).not.toMatch(/\bcu-/);
    await page.getByRole("button", { name: "Adapt" }).click();
    await expect.poll(() => kind(page!, check.uid!)).toMatch(/\bcu-/);
  });
});
