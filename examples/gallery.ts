/**
 * The example gallery: one server on http://localhost:8000 with an index page built with
 * flet-ts itself, and every example mounted under `/examples/<name>/` as its own app (each
 * an exported `WebApp` on one `node:http` server: the same mounting any Node server does).
 *
 * The hosting examples (`examples/adapters/`) run their own servers (Express, Fastify,
 * Koa, Hono), so the index lists them with the command to run each; their app, the
 * guestbook, is mounted here too, the way `examples/adapters/node-http.ts` mounts it.
 *
 * Run: `npm start` (or `npx tsx examples/gallery.ts`). FLET_SERVER_PORT / FLET_SERVER_IP
 * change where it listens.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Duplex } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as ft from "flet-ts";
import * as accessibility from "./accessibility.js";
import * as express from "./adapters/express.js";
import * as fastify from "./adapters/fastify.js";
import * as guestbook from "./adapters/guestbook.js";
import * as hono from "./adapters/hono.js";
import * as koa from "./adapters/koa.js";
import * as nodeHttp from "./adapters/node-http.js";
import * as asyncHandlers from "./async-handlers.js";
import * as calculator from "./calculator.js";
import * as chat from "./chat.js";
import * as codemirror from "./codemirror.js";
import { type ControlPage, controlPages } from "./controls/index.js";
import * as countdown from "./countdown.js";
import * as cupertino from "./cupertino.js";
import * as customControls from "./custom-controls.js";
import * as hello from "./hello.js";
import * as lifecycle from "./lifecycle.js";
import * as routing from "./routing.js";
import * as showcase from "./showcase/main.js";
import * as signIn from "./sign-in.js";
import * as solitaire from "./solitaire.js";
import * as sparks from "./sparks.js";
import * as todo from "./todo.js";
import * as uploads from "./uploads.js";

/** An example: a `main` with a title and a one-line description. */
export interface Example {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly main: ft.AppMain;
  /** Options the example's app needs (the uploads example: an upload directory). */
  readonly options?: ft.AppOptions;
}

/** The controls pages' assets (the Media page's clips and subtitles). */
export const galleryAssetsDir = fileURLToPath(new URL("./assets", import.meta.url));

/** Where the gallery's uploads example stores files: a directory under the OS temp dir. */
export const galleryUploadDir = join(tmpdir(), "flet-ts-gallery-uploads");

/** The examples of the gallery, in the order shown. */
export const examples: Example[] = [
  { slug: "hello", ...hello },
  { slug: "async-handlers", ...asyncHandlers },
  { slug: "countdown", ...countdown },
  { slug: "custom-controls", ...customControls },
  { slug: "cupertino", ...cupertino },
  { slug: "lifecycle", ...lifecycle },
  { slug: "routing", ...routing },
  { slug: "todo", ...todo },
  { slug: "calculator", ...calculator },
  { slug: "chat", ...chat },
  { slug: "solitaire", ...solitaire },
  { slug: "accessibility", ...accessibility },
  { slug: "uploads", ...uploads, options: { uploadDir: galleryUploadDir } },
  { slug: "sign-in", ...signIn },
  { slug: "sparks", ...sparks },
  { slug: "codemirror", ...codemirror },
];

/** The app of the hosting examples, mounted at `/examples/guestbook/` as node-http.ts does. */
export const guestbookExample: Example = {
  slug: "guestbook",
  title: "Guestbook",
  description: "Shared by every open tab through page.pubsub.",
  main: guestbook.main,
};

/** A hosting example: the guestbook in another server, run on its own. */
export interface HostingExample {
  readonly title: string;
  readonly description: string;
  /** How to run it, from the package root. */
  readonly command: string;
  /** A gallery example showing the same app, if any. */
  readonly opens?: Example;
}

/** The hosting examples of `examples/adapters/`, in the order shown. */
export const hostingExamples: HostingExample[] = (
  [
    ["node-http", nodeHttp],
    ["express", express],
    ["fastify", fastify],
    ["koa", koa],
    ["hono", hono],
  ] as const
).map(([file, example]) => ({
  title: example.title,
  description: example.description,
  command: `npx tsx examples/adapters/${file}.ts`,
  ...(file === "node-http" ? { opens: guestbookExample } : {}),
}));

/** The showcase (Flet's Controls Gallery in flet-ts), mounted at `/gallery/`. */
export const showcaseApp = {
  slug: "gallery",
  title: showcase.title,
  description: showcase.description,
  main: showcase.main,
} as const;

/**
 * Wraps an example's `main` so that its page has a way back to the gallery's index: an
 * "All examples" link (a tonal button) in the bottom-left corner of the page's overlay,
 * which floats above whatever the app shows, its own overlay controls included.
 */
export function withHomeLink(main: ft.AppMain): ft.AppMain {
  return (page) => {
    page.overlay.push(
      new ft.FilledTonalButton("All examples", {
        icon: ft.icons.HOME,
        url: "/",
        urlTarget: "_self",
        left: 12,
        bottom: 12,
      }),
    );
    return main(page);
  };
}

/** Where a gallery app is mounted, relative to the index: an example or a controls page. */
export function galleryPath(opens: Example | ControlPage): string {
  return "controls" in opens ? `controls/${opens.slug}/` : `examples/${opens.slug}/`;
}

function card(
  page: ft.Page,
  title: string,
  lines: ft.Control[],
  opens?: Example | ControlPage,
): ft.Card {
  const open = (target: Example | ControlPage) =>
    new ft.FilledButton(`Open ${target.title}`, {
      onClick: () => page.launchUrl(galleryPath(target), { webWindowName: "_self" }),
    });
  return new ft.Card({
    col: { xs: 12, sm: 6, lg: 4 },
    content: new ft.Container({
      padding: ft.padding.all(16),
      content: new ft.Column({
        spacing: 8,
        controls: [
          new ft.Text(title, { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
          ...lines,
          ...(opens ? [open(opens)] : []),
        ],
      }),
    }),
  });
}

/** The first, prominent card of the index: the showcase. */
function showcaseCard(page: ft.Page): ft.Card {
  return new ft.Card({
    col: 12,
    color: ft.colors.PRIMARY_CONTAINER,
    content: new ft.Container({
      padding: ft.padding.all(20),
      content: new ft.Row(
        [
          new ft.Icon(ft.icons.DASHBOARD_CUSTOMIZE, {
            size: 48,
            color: ft.colors.ON_PRIMARY_CONTAINER,
          }),
          new ft.Column(
            [
              new ft.Text(showcaseApp.title, {
                themeStyle: ft.TextThemeStyle.HEADLINE_SMALL,
                color: ft.colors.ON_PRIMARY_CONTAINER,
              }),
              new ft.Text(showcaseApp.description, { color: ft.colors.ON_PRIMARY_CONTAINER }),
              new ft.FilledButton(`Open ${showcaseApp.title}`, {
                icon: ft.icons.ARROW_FORWARD,
                onClick: () => page.launchUrl("gallery/", { webWindowName: "_self" }),
              }),
            ],
            { expand: true, spacing: 8 },
          ),
        ],
        { spacing: 16 },
      ),
    }),
  });
}

/** The gallery's own index page: the examples, the controls pages, then the hosting examples. */
export function galleryMain(page: ft.Page): void {
  page.title = "flet-ts examples";
  page.scroll = ft.ScrollMode.AUTO;
  page.appbar = new ft.AppBar({ title: new ft.Text("flet-ts examples") });
  const heading = (text: string) =>
    new ft.Text(text, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL });
  page.add(
    new ft.Text(
      "Each example is a separate app; open one, then its All examples button (bottom left) brings you back.",
      { themeStyle: ft.TextThemeStyle.BODY_LARGE },
    ),
    new ft.ResponsiveRow({
      controls: [showcaseCard(page)],
    }),
    new ft.ResponsiveRow({
      controls: examples.map((example) =>
        card(page, example.title, [new ft.Text(example.description)], example),
      ),
    }),
    heading("Controls"),
    new ft.Text("One page per family of controls, each showing every control of it at work."),
    new ft.ResponsiveRow({
      controls: controlPages.map((controls) =>
        card(page, controls.title, [new ft.Text(controls.description)], controls),
      ),
    }),
    heading("Hosting"),
    new ft.Text(
      "The same app mounts in any Node server. Each of these serves a guestbook under " +
        "/apps/myapp beside a route of the server's own (GET /api/health). They run their own " +
        "servers, so start one from the package root and open http://localhost:8000/apps/myapp/. " +
        "This gallery is itself a node:http server, so the guestbook opens here too.",
    ),
    new ft.ResponsiveRow({
      controls: hostingExamples.map((example) =>
        card(
          page,
          example.title,
          [
            new ft.Text(example.description),
            new ft.Text(example.command, { fontFamily: "monospace", selectable: true }),
          ],
          example.opens,
        ),
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
  const apps = [...examples, guestbookExample].map((example) =>
    ft.app(withHomeLink(example.main), {
      ...options,
      ...example.options,
      exportApp: true,
      webAppPath: `/examples/${example.slug}`,
    }),
  );
  const controlApps = controlPages.map((controls) =>
    ft.app(withHomeLink(controls.main), {
      assetsDir: galleryAssetsDir,
      ...options,
      exportApp: true,
      webAppPath: `/controls/${controls.slug}`,
    }),
  );
  apps.push(...controlApps);
  apps.push(
    ft.app(showcaseApp.main, { ...options, exportApp: true, webAppPath: `/${showcaseApp.slug}` }),
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
  let gallery: Gallery;
  try {
    // The gallery's upload URLs need not outlive the process: its own key, on purpose.
    gallery = await startGallery({
      forceWebServer: true,
      secretKey: randomBytes(32).toString("hex"),
    });
  } catch (error) {
    const busy = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
    console.error(
      busy
        ? `flet-ts examples: port ${process.env.FLET_SERVER_PORT ?? 8000} is taken by another process. Stop it, or pick another port: FLET_SERVER_PORT=8001 npm start`
        : `flet-ts examples: could not start: ${(error as Error).message}`,
    );
    process.exit(1);
  }
  console.log(`flet-ts examples: ${gallery.url}`);
  const stop = () => void gallery.close().finally(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
