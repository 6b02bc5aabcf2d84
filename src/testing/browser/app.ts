import { createReadStream } from "node:fs";
import { createServer, type Server } from "node:http";
import type { Browser, BrowserContextOptions, Locator, Page } from "playwright-core";
import { staticFiles } from "../../browser/static-files.js";
import type { Control } from "../../core/control.js";
import { app as serve } from "../../server/app.js";
import type { AppOptions } from "../../server/app-options.js";
import type { WebApp } from "../../server/web-app.js";
import type { AppMain } from "../../session/app-host.js";
import { silentLogger } from "../../session/logger.js";
import { type Finder, Finders } from "../finder.js";
import { type LaunchOptions, launchChromium } from "./launch.js";

/** Options of {@link openApp}. */
export interface OpenAppOptions extends LaunchOptions {
  /** A Chromium you launched (kept open on close). Default: one launched for this app. */
  browser?: Browser;
  /** Options of the app (`ft.app`), such as `assetsDir` or `getClientBundle`. */
  app?: Omit<AppOptions, "exportApp">;
  /** Options of the tab (viewport, colour scheme, locale...). */
  context?: BrowserContextOptions;
  /** Path after the app's URL to open. Default `""`. */
  path?: string;
  /** How long to wait for the first view, in ms. Default 15 000. */
  timeout?: number;
}

/**
 * Locators that speak flet-ts: each finds controls in the session's tree on the server
 * (as the tester's finders do) and returns a Playwright locator of their elements
 * (`[data-flet-id]`). Look-ups happen when called: call again after the tree changed.
 */
export interface FletLocators {
  /** Controls whose text (value, text, label) is `text`. */
  text(text: string | RegExp): Locator;
  /** The control whose `key` is `key`. */
  byKey(key: string): Locator;
  /** Controls of a type: its wire name (`"elevatedbutton"`) or class. */
  byType(type: string | (abstract new (...args: never[]) => Control)): Locator;
  /** Controls whose semantics label (or label) is `label`. */
  bySemanticsLabel(label: string | RegExp): Locator;
  /** The locator of what a tester-style finder matched. */
  of(finder: Finder): Locator;
}

/** A served app in a real Chromium tab. */
export interface BrowserApp {
  /** The app's URL. */
  readonly url: string;
  /** The tab. */
  readonly page: Page;
  /** The Chromium. */
  readonly browser: Browser;
  /** The exported app. */
  readonly web: WebApp;
  /** Locators by text, key, semantics label and control type. */
  readonly find: FletLocators;
  /** The tester-style finders over the session's tree on the server. */
  readonly finders: Finders;
  /** Closes the tab, the server and (when launched here) Chromium. */
  close(): Promise<void>;
}

/**
 * Serves `main` on a free 127.0.0.1 port, opens it in headless Chromium and waits for the
 * first view.
 *
 * @example
 * ```ts
 * const app = await openApp(main);
 * await app.find.text("+").click();
 * await expect(app.find.byKey("count")).toHaveText("1"); // @playwright/test's expect, or:
 * await app.page.getByText("1").waitFor();
 * await app.close();
 * ```
 */
export async function openApp(main: AppMain, options: OpenAppOptions = {}): Promise<BrowserApp> {
  const web = serve(main, { logger: silentLogger, ...options.app, exportApp: true });
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const file = staticFiles[path.slice(1)];
    if (file === undefined) return void web.handler(req, res);
    res.writeHead(200, { "Content-Type": file.endsWith(".css") ? "text/css" : "font/woff2" });
    createReadStream(file).pipe(res);
  });
  server.on("upgrade", web.upgrade);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const own = options.browser === undefined;
  const browser = options.browser ?? (await launchChromium(options));
  const page = await browser.newPage({ bypassCSP: true, ...options.context });
  const close = async (): Promise<void> => {
    await page.close().catch(() => {});
    if (own) await browser.close().catch(() => {});
    server.closeAllConnections();
    await Promise.all([web.close(), new Promise((resolve) => server.close(resolve))]);
  };
  try {
    await page.goto(url + (options.path ?? ""));
    await page.waitForSelector(".flet-view", { timeout: options.timeout ?? 15_000 });
  } catch (error) {
    await close();
    throw error;
  }
  const session = () => {
    const sessions = [...web.host.sessions.values()];
    const last = sessions[sessions.length - 1];
    if (last === undefined)
      throw new Error("Expected the app to have a session, but none is open.");
    return last;
  };
  const finders = new Finders({
    tree: () => session().store.snapshot(),
    control: (id) => session().control(id),
  });
  const of = (finder: Finder): Locator => {
    const ids = finder.ids;
    return page.locator(
      ids.length === 0
        ? "[data-flet-id=''][data-flet-none]"
        : ids.map((id) => `[data-flet-id="${id}"]`).join(","),
    );
  };
  const find: FletLocators = {
    text: (text) => of(finders.text(text)),
    byKey: (key) => of(finders.byKey(key)),
    byType: (type) => of(finders.byType(type as Parameters<Finders["byType"]>[0])),
    bySemanticsLabel: (label) => of(finders.bySemanticsLabel(label)),
    of,
  };
  return { url, page, browser, web, find, finders, close };
}
