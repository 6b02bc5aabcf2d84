/**
 * End-to-end helpers: Debian's Chromium through playwright-core, and an app served by
 * the real `WebApp` (`ft.app(main, { exportApp: true })`) on a loopback port, with the
 * client bundle plus stand-in renderers for types the packs do not draw yet.
 */
import { createReadStream } from "node:fs";
import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import { fileURLToPath } from "node:url";
import * as ft from "flet-ts";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { buildClientBundle, type ClientBundle } from "../../src/browser/bundle.js";
import { staticFiles } from "../../src/browser/static-files.js";

/** Where Debian installs Chromium. */
export const CHROMIUM = "/usr/bin/chromium";

/** Launches headless Chromium (`extraArgs`: more switches, a fake microphone say). */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      ...extraArgs,
    ],
  });
}

let bundle: Promise<ClientBundle> | undefined;

/** The client bundle with the e2e stand-in renderers, built once per test file. */
export function testBundle(): Promise<ClientBundle> {
  bundle ??= buildClientBundle({
    dev: process.env.FLET_E2E_DEV === "1",
    packs: process.env.FLET_E2E_NO_PACKS !== "1",
    // The repo's installed packs (the example pack), as the gallery gets them.
    installed: ft.findPacks(fileURLToPath(new URL("../..", import.meta.url))),
    entries: [fileURLToPath(new URL("./fixtures/renderers.ts", import.meta.url))],
  });
  return bundle;
}

/** A served app and handles to poke at it. */
export interface TestApp {
  /** The app's URL (ends with its app path). */
  url: string;
  /** The exported app. */
  web: ft.WebApp;
  /** Cuts every open WebSocket abruptly, like a network drop. */
  cutSockets(): void;
  /** Refuses (true) or accepts again (false) new WebSocket connections. */
  refuseSockets(refuse: boolean): void;
  /** Drops every HTTP connection (SSE streams included), like a network drop. */
  cutConnections(): void;
  close(): Promise<void>;
}

/** Serves `main` on a free loopback port. */
export async function serveApp(
  main: ft.AppMain,
  options: {
    webAppPath?: string;
    websocketEndpoint?: string;
    routeUrlStrategy?: "path" | "hash";
    sessionTimeout?: number;
    maxSessions?: number;
    uploadDir?: string;
    maxUploadSize?: number;
    /** Another client (`undefined`: the built-in one, with the packs `packsFrom` finds). */
    getClientBundle?: ft.AppOptions["getClientBundle"];
    packsFrom?: string | false;
    logger?: ft.Logger;
    transport?: ft.AppOptions["transport"];
    /** Server-rendered first views (see `AppOptions.ssr`). */
    ssr?: boolean;
    /** The app's assets directory (see `AppOptions.assetsDir`). */
    assetsDir?: string;
  } = {},
): Promise<TestApp> {
  const web = ft.app(main, {
    exportApp: true,
    dev: true,
    logger: ft.silentLogger,
    getClientBundle: testBundle,
    ...options,
  });
  const appPath = (options.webAppPath ?? "/").replace(/\/?$/, "/");
  // The client's fonts (src/browser/static-files.ts), until the WebApp serves them.
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const file = path.startsWith(appPath) ? staticFiles[path.slice(appPath.length)] : undefined;
    if (file === undefined) return void web.handler(req, res);
    res.writeHead(200, { "Content-Type": file.endsWith(".css") ? "text/css" : "font/woff2" });
    createReadStream(file).pipe(res);
  });
  const sockets = new Set<Socket>();
  let refuse = false;
  // Registered first, so a refused upgrade never reaches the app.
  server.prependListener("upgrade", (_req, socket: Socket) => {
    if (refuse) socket.destroy();
    else {
      sockets.add(socket);
      socket.once("close", () => sockets.delete(socket));
    }
  });
  server.on("upgrade", web.upgrade);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}${appPath}`,
    web,
    cutSockets: () => {
      for (const socket of sockets) socket.destroy();
    },
    cutConnections: () => server.closeAllConnections(),
    refuseSockets: (value) => {
      refuse = value;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await Promise.all([web.close(), new Promise((resolve) => server.close(resolve))]);
    },
  };
}

/** Waits until the page shows `text` somewhere. */
export async function waitForText(page: Page, text: string, timeout = 5_000): Promise<void> {
  await page.getByText(text, { exact: true }).first().waitFor({ timeout });
}

/** What {@link browserSuite} gives a test file. */
export interface BrowserSuite {
  /** The file's Chromium. */
  readonly browser: Browser;
  /** The current test's app, once opened. */
  readonly app: TestApp | undefined;
  /** Serves `main`, opens a tab at its URL (plus `path`), and returns the tab. */
  open(main: ft.AppMain, options?: Parameters<typeof serveApp>[1], path?: string): Promise<Page>;
  /** Serves `main` (closed after the test). */
  serve(main: ft.AppMain, options?: Parameters<typeof serveApp>[1]): Promise<TestApp>;
  /** Opens a tab (closed after the test). */
  newPage(): Promise<Page>;
}

/**
 * The usual hooks of a browser test file: one Chromium for the file; each test's app and
 * tab closed after it.
 */
export function browserSuite(): BrowserSuite {
  let browser: Browser | undefined;
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
  return {
    get browser() {
      return browser!;
    },
    get app() {
      return app;
    },
    async serve(main, options) {
      app = await serveApp(main, options);
      return app;
    },
    async newPage() {
      page = await browser!.newPage();
      return page;
    },
    async open(main, options, path = "") {
      app = await serveApp(main, options);
      page = await browser!.newPage();
      await page.goto(app.url + path);
      return page;
    },
  };
}
