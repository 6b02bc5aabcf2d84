// What the browser tasks share: Debian's Chromium with the project's flags, and a real
// WebApp on node:http at 127.0.0.1:0 serving a given client bundle.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as ft from "flet-ts";
import { type Browser, chromium } from "playwright-core";
import type { ClientBundle } from "../src/browser/bundle.js";
import { staticFiles } from "../src/browser/static-files.js";

/** Debian's Chromium, headless, with the flags every browser task uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
}

/** A served app: its URL, and how to stop it. */
export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `main` with `bundle` (production, silent) on 127.0.0.1:0; `options` add to it. */
export async function serveApp(
  main: ft.AppMain,
  bundle: ClientBundle,
  options: ft.AppOptions = {},
): Promise<Served> {
  const web = ft.app(main, {
    ...options,
    exportApp: true,
    dev: false,
    logger: ft.silentLogger,
    getClientBundle: async () => ({ ...bundle, files: staticFiles }),
  });
  const server: Server = web.attach(createServer());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    async close() {
      server.closeAllConnections();
      await Promise.all([web.close(0), new Promise((resolve) => server.close(resolve))]);
    },
  };
}
