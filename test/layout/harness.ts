/**
 * The layout suite's harness: one served app whose page shows one scenario at a time, one
 * Chromium tab, and box measurement by `key` (`data-key` in the DOM) with
 * `getBoundingClientRect`.
 */
import * as ft from "flet-ts";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, serveApp, type TestApp } from "../e2e/browser.js";

/** A measured box, in CSS pixels from the viewport's top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What one scenario sets on the page before showing its controls. */
export interface PageSetup {
  padding?: number;
  spacing?: number;
  horizontalAlignment?: ft.CrossAxisAlignment;
  verticalAlignment?: ft.MainAxisAlignment;
  scroll?: ft.ScrollMode;
}

/** One row of the conformance table. */
export interface Scenario {
  /** What is laid out. */
  readonly name: string;
  /** The Flutter rule the expected boxes follow, in one line. */
  readonly rule: string;
  /** Page props (Flet's defaults otherwise: padding 10, spacing 10, START/START). */
  readonly page?: PageSetup;
  /** The viewport (800×600 unless set). */
  readonly viewport?: { width: number; height: number };
  /** The page's controls; controls to measure carry a `key`. */
  build(): ft.Control[];
  /** Dialog to open after the controls are shown, if any. */
  dialog?(): ft.AlertDialog;
  /** Bottom sheet to open after the controls are shown, if any. */
  sheet?(): ft.BottomSheet;
  /** Bars of the page (reset to none before every scenario). */
  bars?(): { appbar?: ft.AppBar; navigationBar?: ft.NavigationBar };
  /** The expected boxes by key: each given field must match within the tolerance. */
  readonly expect: Readonly<Record<string, Partial<Box>>>;
  /** Relations between boxes that need no absolute numbers (text widths depend on fonts). */
  check?(boxes: Readonly<Record<string, Box>>): void;
  /** Extra keys to measure for `check` only. */
  readonly measure?: readonly string[];
}

/** The default tolerance, in CSS pixels. */
export const TOLERANCE = 1.5;

/** A browser tab showing an app whose page the suite re-fills for every scenario. */
export class LayoutBench {
  #page: ft.Page | undefined;
  #ready: ((page: ft.Page) => void) | undefined;
  #app: TestApp | undefined;
  #browser: Browser | undefined;
  #tab: Page | undefined;
  #serial = 0;

  /** Starts the app and the browser, and opens the tab. */
  async start(): Promise<void> {
    const pageReady = new Promise<ft.Page>((resolve) => {
      this.#ready = resolve;
    });
    [this.#browser, this.#app] = await Promise.all([
      launchBrowser(),
      serveApp((page) => {
        this.#ready?.(page);
      }),
    ]);
    this.#tab = await this.#browser.newPage({ viewport: { width: 800, height: 600 } });
    await this.#tab.goto(this.#app.url);
    this.#page = await pageReady;
  }

  /** The tab. */
  get tab(): Page {
    return this.#tab!;
  }

  /** Closes the tab, the browser and the app. */
  async stop(): Promise<void> {
    await this.#browser?.close();
    await this.#app?.close();
  }

  /** Shows `scenario` and returns the boxes of every key it names. */
  async measure(scenario: Scenario): Promise<Record<string, Box>> {
    const page = this.#page!;
    const tab = this.#tab!;
    const viewport = scenario.viewport ?? { width: 800, height: 600 };
    await tab.setViewportSize(viewport);
    if ((page.dialog as ft.AlertDialog | undefined)?.open) page.closeDialog();
    if ((page.bottomSheet as ft.BottomSheet | undefined)?.open) page.closeBottomSheet();
    const bars = scenario.bars?.() ?? {};
    page.appbar = bars.appbar;
    page.navigationBar = bars.navigationBar;
    const setup = scenario.page ?? {};
    page.padding = setup.padding;
    page.spacing = setup.spacing;
    page.horizontalAlignment = setup.horizontalAlignment;
    page.verticalAlignment = setup.verticalAlignment;
    page.scroll = setup.scroll;
    const marker = `done-${++this.#serial}`;
    page.controls = [...scenario.build(), new ft.Text("", { key: marker, visible: false })];
    page.update();
    const dialog = scenario.dialog?.();
    if (dialog) page.showDialog(dialog);
    const sheet = scenario.sheet?.();
    if (sheet) page.showBottomSheet(sheet);
    const keys = [...Object.keys(scenario.expect), ...(scenario.measure ?? [])];
    await tab.waitForSelector(`[data-key="${marker}"]`, { state: "attached" });
    // The scenario's first key is inside the dialog or sheet: wait until it is shown.
    if (dialog || sheet) await tab.waitForSelector(`dialog[open] [data-key="${keys[0]}"]`);
    return tab.evaluate(async (names) => {
      await document.fonts.ready;
      // Lazily loaded web components (buttons, fields) have no size until defined.
      await Promise.all(
        [...document.querySelectorAll(":not(:defined)")].map((element) =>
          customElements.whenDefined(element.localName),
        ),
      );
      // Entry animations (a dialog scales in) change the boxes until they finish.
      await Promise.all(document.getAnimations().map((animation) => animation.finished));
      // Two frames: the runtime applies patches in one, layout settles before the next.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
      for (const name of names) {
        // A closed dialog of an earlier scenario may hold the same key: take the shown one.
        const all = [...document.querySelectorAll(`[data-key="${name}"]`)];
        const element = all.find((e) => e.getClientRects().length > 0) ?? all[0];
        if (!element) throw new Error(`no element with key "${name}"`);
        const rect = element.getBoundingClientRect();
        boxes[name] = { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
      return boxes;
    }, keys);
  }
}

/** Fields of `actual` that differ from `expected` by more than the tolerance, as text. */
export function mismatches(
  expected: Readonly<Record<string, Partial<Box>>>,
  actual: Readonly<Record<string, Box>>,
  tolerance = TOLERANCE,
): string[] {
  const problems: string[] = [];
  for (const [key, box] of Object.entries(expected)) {
    for (const [field, value] of Object.entries(box) as [keyof Box, number][]) {
      const got = actual[key]![field];
      if (Math.abs(got - value) > tolerance)
        problems.push(`${key}.${field}: expected ${value}, got ${got.toFixed(1)}`);
    }
  }
  return problems;
}
