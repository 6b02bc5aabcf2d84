// Every property Page declares changes what Chromium shows: the contract kit mounts
// controls into a page and cannot make one, so the page's own props are checked here,
// the kit's way: a text form of what the tab shows before and after setting each one.
// (test/controls/contract-coverage.test.ts makes sure this list names every Page prop.)
import * as ft from "flet-ts";
import type { Page as Tab } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSuite, waitForText } from "./browser.js";

const suite = browserSuite();

/** What the tab shows of the page: its element, the document and the theme's colours. */
function seen(tab: Tab): Promise<string> {
  return tab.evaluate(() => {
    const page = document.querySelector<HTMLElement>(".flet-page")!;
    const root = getComputedStyle(document.documentElement);
    const colours = ["--md-sys-color-primary", "--md-sys-color-surface"].map((name) =>
      root.getPropertyValue(name),
    );
    const style = getComputedStyle(page);
    return JSON.stringify({
      title: document.title,
      path: location.pathname,
      attributes: [...page.attributes].map((a) => `${a.name}=${a.value}`).sort(),
      style: [style.opacity, style.display, style.direction, style.backgroundColor],
      colours,
      fonts: [...document.querySelectorAll("style")].map((s) => s.textContent).join("").length,
      debugger: document.querySelectorAll(".flet-semantics-debugger-box").length,
      switch: document.querySelector('[role="switch"]')?.closest("[data-flet-id]")?.className,
    });
  });
}

/** Each Page prop: what the page starts with, and the value tried. */
const CASES: Record<string, { base?: (page: ft.Page) => void; value: unknown }> = {
  title: { value: "Page props" },
  route: { value: "/store" },
  themeMode: { value: ft.ThemeMode.DARK },
  theme: { value: { colorSchemeSeed: ft.colors.RED } },
  darkTheme: {
    base: (page) => {
      page.themeMode = ft.ThemeMode.DARK;
    },
    value: { colorSchemeSeed: ft.colors.RED },
  },
  fonts: { value: { Lobster: "/fonts/lobster.ttf" } },
  platform: {
    base: (page) => {
      page.adaptive = true;
    },
    value: ft.PagePlatform.IOS,
  },
  adaptive: {
    base: (page) => {
      page.platform = ft.PagePlatform.IOS;
    },
    value: true,
  },
  showSemanticsDebugger: { value: true },
  visible: { value: false },
  disabled: { value: true },
  tooltip: { value: "The whole page" },
  opacity: { value: 0.5 },
  rtl: { value: true },
  key: { value: "root" },
};

/** Root members a page has no parent to apply to. */
const PAGE_EXEMPT = {
  expand: "the page fills the window: there is no parent to share space in",
  expandLoose: "the page fills the window: there is no parent to share space in",
  col: "the page fills the window: there is no ResponsiveRow around it",
} as const;

describe("Page props in Chromium", () => {
  it("declares no prop this test leaves out", () => {
    const declared = ft.schemaOf(ft.Page).props.map((prop) => prop.name);
    const listed = [...Object.keys(CASES), ...Object.keys(PAGE_EXEMPT)];
    expect(declared.filter((name) => !listed.includes(name))).toEqual([]);
  });

  it.each(Object.keys(CASES))("draws page.%s", async (name) => {
    const { base, value } = CASES[name]!;
    let app!: ft.Page;
    const tab = await suite.open((page) => {
      app = page;
      base?.(page);
      page.add(new ft.Text("Ready"), new ft.Switch({ label: "Wi-Fi" }));
    });
    await waitForText(tab, "Ready", 10_000);
    const before = await seen(tab);
    (app as unknown as Record<string, unknown>)[name] = value;
    app.update();
    await expect.poll(() => seen(tab), { timeout: 5_000 }).not.toBe(before);
  });
});

describe("a subtree theme in Chromium", () => {
  it("follows the page when it turns dark (a Container's theme without themeMode)", async () => {
    let app!: ft.Page;
    const tab = await suite.open((page) => {
      app = page;
      page.themeMode = ft.ThemeMode.LIGHT;
      page.add(
        new ft.Container(new ft.Text("Themed"), {
          theme: { colorSchemeSeed: ft.colors.GREEN },
          padding: 8,
        }),
      );
    });
    await waitForText(tab, "Themed", 10_000);
    const surface = () =>
      tab
        .getByText("Themed")
        // Custom properties inherit: the text sees its Container's palette.
        .evaluate((text) =>
          getComputedStyle(text).getPropertyValue("--md-sys-color-surface").trim(),
        );
    const light = await surface();
    app.themeMode = ft.ThemeMode.DARK;
    app.update();
    await expect.poll(surface, { timeout: 5_000 }).not.toBe(light);
    // Back to light: the subtree's light palette again.
    app.themeMode = ft.ThemeMode.LIGHT;
    app.update();
    await expect.poll(surface, { timeout: 5_000 }).toBe(light);
  });
});
