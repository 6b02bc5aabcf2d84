/**
 * The example gallery: one server on http://localhost:8000 with an index page built with
 * flet-ts itself, and every example mounted under `/examples/<name>/` as its own app (each
 * an exported `WebApp` on one `node:http` server: the same mounting any Node server does).
 *
 * Run: `npm start` (or `npx tsx examples/gallery.ts`). FLET_SERVER_PORT / FLET_SERVER_IP
 * change where it listens.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { pathToFileURL } from "node:url";
import * as ft from "flet-ts";
import * as asyncHandlers from "./async-handlers.js";
import * as countdown from "./countdown.js";
import * as customControls from "./custom-controls.js";
import * as hello from "./hello.js";
import * as lifecycle from "./lifecycle.js";
import * as routing from "./routing.js";
import * as todo from "./todo.js";

/** An example: a `main` with a title and a one-line description. */
export interface Example {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly main: ft.AppMain;
}

/** The examples of the gallery, in the order shown. */
export const examples: Example[] = [
  { slug: "hello", ...hello },
  { slug: "async-handlers", ...asyncHandlers },
  { slug: "countdown", ...countdown },
  { slug: "custom-controls", ...customControls },
  { slug: "lifecycle", ...lifecycle },
  { slug: "routing", ...routing },
  { slug: "todo", ...todo },
];

/** The gallery's own index page. */
export function galleryMain(page: ft.Page): void {
  page.title = "flet-ts examples";
  page.appbar = new ft.AppBar({ title: new ft.Text("flet-ts examples") });
  page.add(
    new ft.Text(
      "Each example is a separate app; open one, then use the browser's back button to return.",
      {
        themeStyle: ft.TextThemeStyle.BODY_LARGE,
      },
    ),
    new ft.ResponsiveRow({
      controls: examples.map(
        (example) =>
          new ft.Card({
            col: { xs: 12, sm: 6, lg: 4 },
            content: new ft.Container({
              padding: ft.padding.all(16),
              content: new ft.Column({
                spacing: 8,
                controls: [
                  new ft.Text(example.title, { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
                  new ft.Text(example.description),
                  new ft.FilledButton(`Open ${example.title}`, {
                    onClick: () =>
                      page.launchUrl(`examples/${example.slug}/`, { webWindowName: "_self" }),
                  }),
                ],
              }),
            }),
          }),
      ),
    }),
  );
}

/** A started gallery. */
export interface Gallery {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the gallery server. */
export async function startGallery(options: ft.AppOptions = {}): Promise<Gallery> {
  const apps = examples.map((example) =>
    ft.app(example.main, { ...options, exportApp: true, webAppPath: `/examples/${example.slug}` }),
  );
  const index = ft.app(galleryMain, { ...options, exportApp: true, webAppPath: "/" });
  const all = [...apps, index];
  const handle = (req: IncomingMessage, res: ServerResponse, at = 0): void => {
    const web = all[at]!;
    void web.handler(req, res, at < all.length - 1 ? () => handle(req, res, at + 1) : undefined);
  };
  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer, at = 0): void => {
    const web = all[at]!;
    web.upgrade(
      req,
      socket,
      head,
      at < all.length - 1 ? () => upgrade(req, socket, head, at + 1) : undefined,
    );
  };
  const server = createServer((req, res) => handle(req, res));
  server.on("upgrade", (req, socket, head) => upgrade(req, socket, head));
  const { host, port } = index.config;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return {
    url: `http://${shown}:${actualPort}/`,
    async close() {
      await Promise.all(all.map((web) => web.close(1_000)));
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const gallery = await startGallery({ forceWebServer: true });
  console.log(`flet-ts examples: ${gallery.url}`);
  const stop = () => void gallery.close().finally(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
