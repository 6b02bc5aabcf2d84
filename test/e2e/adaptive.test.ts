import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, type TestApp, waitForText } from "./browser.js";

const suite = browserSuite();
let app: TestApp | undefined;
let page: Page | undefined;

const kind = (p: Page, id: string) =>
  p.evaluate((target) => document.querySelector(`[data-flet-id="${target}"]`)?.className ?? "", id);

describe("adaptive", () => {
  it("switches Material controls to their Cupertino twins when page.platform changes, and back", async () => {
    let toggle!: ft.Switch;
    app = await suite.serve((pg) => {
      toggle = new ft.Switch("Wi-Fi", { adaptive: true, value: true });
      pg.add(
        toggle,
        new ft.TextButton("iOS", { onClick: () => void (pg.platform = ft.PagePlatform.IOS) }),
        new ft.TextButton("Android", {
          onClick: () => void (pg.platform = ft.PagePlatform.ANDROID),
        }),
      );
    });
    page = await suite.newPage();
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
    app = await suite.serve((pg) => {
      pg.platform = ft.PagePlatform.MACOS;
      check = new ft.Checkbox("Remember me");
      box = new ft.Column({ controls: [check] });
      pg.add(box, new ft.ElevatedButton("Adapt", { onClick: () => void (box.adaptive = true) }));
    });
    page = await suite.newPage();
    await page.goto(app.url);
    await waitForText(page, "Remember me");
    expect(await kind(page, check.uid!)).not.toMatch(/\bcu-/);
    await page.getByRole("button", { name: "Adapt" }).click();
    await expect.poll(() => kind(page!, check.uid!)).toMatch(/\bcu-/);
  });
});
