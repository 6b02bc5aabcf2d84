// The showcase (examples/showcase/, Flet's Controls Gallery in flet-ts) in Chromium with the
// real client: deep links, rail → grid → control and the browser's back/forward buttons,
// "not found", the light/dark switch (with axe-core in both), the phone layout, and its
// card on the gallery index. Screenshots: docs/img/showcase-{light,dark,phone}.png.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as ft from "flet-ts";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startGallery } from "../../examples/gallery.js";
import { main } from "../../examples/showcase/main.js";
import { launchBrowser, serveApp, type TestApp, testBundle, waitForText } from "./browser.js";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let app: TestApp;
let page: Page | undefined;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serveApp(main, { webAppPath: "/gallery" })]);
}, 60_000);
afterAll(async () => {
  await app?.close();
  await browser?.close();
});
afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** Opens a showcase route (relative to /gallery/) once it rendered. */
async function open(
  path: string,
  options: { scheme?: "light" | "dark"; width?: number } = {},
): Promise<Page> {
  page = await browser.newPage({
    bypassCSP: true,
    viewport: { width: options.width ?? 1280, height: 800 },
  });
  await page.emulateMedia({ colorScheme: options.scheme ?? "light" });
  await page.goto(app.url + path);
  await page.waitForSelector(".flet-view");
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => [...document.querySelectorAll(":not(:defined)")].length === 0);
  return page;
}

async function axe(p: Page): Promise<string[]> {
  await p.addScriptTag({ content: AXE });
  const violations = await p.evaluate(
    async () =>
      (
        await (window as unknown as { axe: { run: Function } }).axe.run(document, {
          runOnly: ["wcag2a", "wcag2aa"],
        })
      ).violations as { id: string; help: string; nodes: { target: string[] }[] }[],
  );
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target).join("; ")}`);
}

/** The page's background, as the user sees it. */
const background = (p: Page) =>
  p.evaluate(() => getComputedStyle(document.querySelector(".flet-view")!).backgroundColor);
/** Rough lightness (0..255) of an `rgb(...)` colour. */
const lightness = (color: string) => {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return ((r ?? 0) + (g ?? 0) + (b ?? 0)) / 3;
};

describe("the showcase", () => {
  it("opens a deep link to a control directly, with its examples", async () => {
    const p = await open("layout/card");
    await waitForText(p, "Card example", 15_000);
    await waitForText(p, "The Enchanted Nightingale");
    await waitForText(
      p,
      "A material design card: a panel with slightly rounded corners and an elevation shadow.",
    );
    expect(await p.title()).toBe("Card - flet-ts Controls Gallery");
    // The example's TypeScript source opens under it.
    await p.getByText("Source of Card example", { exact: true }).click();
    await p.locator("pre").filter({ hasText: 'name: "Card example"' }).first().waitFor();
  });

  it("navigates rail → grid → control, and back and forward work", async () => {
    const p = await open("");
    await waitForText(p, "flet-ts Controls Gallery", 15_000);
    await p
      .locator(".flet-navigation-rail, [class*=rail]")
      .first()
      .getByText("Displays", { exact: true })
      .click();
    await expect.poll(() => p.url()).toBe(`${app.url}displays`);
    await p.getByText("ProgressRing", { exact: true }).click();
    await expect.poll(() => p.url()).toBe(`${app.url}displays/progressring`);
    await waitForText(p, "ProgressRing Example");
    await p.goBack();
    await expect.poll(() => p.url()).toBe(`${app.url}displays`);
    await waitForText(p, "CircleAvatar");
    expect(await p.getByText("ProgressRing Example").count()).toBe(0);
    await p.goBack();
    await expect.poll(() => p.url()).toBe(app.url);
    await waitForText(p, "Colors (3)");
    await p.goForward();
    await expect.poll(() => p.url()).toBe(`${app.url}displays`);
    await waitForText(p, "CircleAvatar");
    // The examples view's own back button returns to the group.
    await p.getByText("Markdown", { exact: true }).click();
    await waitForText(p, "Markdown with code syntax highlight");
    await p.getByRole("button", { name: "Back to Displays" }).click();
    await expect.poll(() => p.url()).toBe(`${app.url}displays`);
  });

  it("shows a clear not found for an unknown route, with a way back", async () => {
    const p = await open("layout/no-such-control");
    await waitForText(p, "Page not found", 15_000);
    await waitForText(p, "There is no gallery page at /layout/no-such-control.");
    await p.getByRole("button", { name: "Back to the gallery" }).click();
    await expect.poll(() => p.url()).toBe(app.url);
    await waitForText(p, "Layout (19)");
  });

  it("repaints everything with the theme switch; axe finds nothing in light and dark", async () => {
    const p = await open("layout");
    await waitForText(p, "VerticalDivider", 15_000);
    const light = await background(p);
    expect(lightness(light)).toBeGreaterThan(200);
    for (const path of ["", "layout", "navigation", "colors", "layout/card"]) {
      await p.goto(app.url + path);
      await p.waitForSelector(".flet-view");
      await p.waitForFunction(() => [...document.querySelectorAll(":not(:defined)")].length === 0);
      expect(await axe(p), `light /${path}`).toEqual([]);
    }
    await p.goto(`${app.url}layout`);
    await waitForText(p, "VerticalDivider", 15_000);
    await p.screenshot({ path: "docs/img/showcase-light.png" });
    await p.getByRole("button", { name: "Switch to the dark theme" }).click();
    await expect.poll(async () => lightness(await background(p))).toBeLessThan(60);
    await p.getByRole("button", { name: "Switch to the light theme" }).waitFor();
    // The rail and the cards repaint too, not only the page.
    const tile = p.getByText("Card", { exact: true }).first();
    const tileColor = await tile.evaluate((e) => getComputedStyle(e).color);
    expect(lightness(tileColor)).toBeGreaterThan(150);
    await p.mouse.move(700, 600);
    await p.waitForTimeout(300);
    await p.screenshot({ path: "docs/img/showcase-dark.png" });
    // The switch is the page's theme: it stays while navigating in the app.
    for (const name of ["Navigation", "Colors", "Layout"]) {
      await p
        .locator(".flet-navigation-rail, [class*=rail]")
        .first()
        .getByText(name, { exact: true })
        .click();
      await expect.poll(() => p.url()).toBe(`${app.url}${name.toLowerCase()}`);
      await p.waitForTimeout(300);
      expect(lightness(await background(p))).toBeLessThan(60);
      expect(await axe(p), `dark /${name}`).toEqual([]);
    }
    await p.getByText("Card", { exact: true }).first().click();
    await waitForText(p, "Card example");
    expect(await axe(p), "dark /layout/card").toEqual([]);
  }, 120_000);

  it("works on a 390 px phone: the groups move into a drawer", async () => {
    const p = await open("layout", { width: 390 });
    await waitForText(p, "VerticalDivider", 15_000);
    const overflow = await p.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await p.waitForTimeout(300);
    await p.screenshot({ path: "docs/img/showcase-phone.png" });
    await p.getByRole("button", { name: "Open the groups menu" }).click();
    const colors = p.getByText("Colors", { exact: true }).last();
    await colors.waitFor();
    await colors.click();
    await expect.poll(() => p.url()).toBe(`${app.url}colors`);
    await waitForText(p, "Color palettes");
    expect(await axe(p)).toEqual([]);
    await p.getByText("Theme colors", { exact: true }).click();
    await waitForText(p, "Customize Theme colors");
  }, 60_000);
});

describe("the gallery index", () => {
  it("opens the showcase from its first card", async () => {
    const gallery = await startGallery({
      port: 0,
      host: "127.0.0.1",
      logger: ft.silentLogger,
      getClientBundle: testBundle,
    });
    try {
      page = await browser.newPage();
      await page.goto(gallery.url);
      await page.getByRole("button", { name: "Open Controls Gallery", exact: true }).click();
      await page.waitForURL(`${gallery.url}gallery/`);
      await waitForText(page, "flet-ts Controls Gallery", 15_000);
      await page.getByText("Layout (19)", { exact: true }).click();
      await page.waitForURL(`${gallery.url}gallery/layout`);
      await page.getByRole("button", { name: "Home: all examples" }).click();
      await page.waitForURL(gallery.url);
      await waitForText(page, "Hosting", 10_000);
    } finally {
      await gallery.close();
    }
  }, 60_000);
});
