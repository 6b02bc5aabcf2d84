import { readFile } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { FONT_STYLESHEETS } from "../../browser/font-stylesheets.js";
import { detectPlatform } from "../../browser/platform.js";
import type { AppHost } from "../../session/app-host.js";
import type { Logger } from "../../session/logger.js";
import { clientAddress } from "../client-address.js";
import type { ServerConfig } from "../config.js";
import { findPacks } from "../find-packs.js";
import { buildSsrScript } from "./ssr-bundle.js";
import { SsrRenderer } from "./ssr-renderer.js";

/** A first view rendered on the server, for index.html. @internal */
export interface FirstView {
  /** The page element's HTML (marked `data-flet-ssr`). */
  html: string;
  /** The theme's CSS custom properties. */
  themeCss: string;
  /** The styles the packs install at run time (the critical CSS, inlined). */
  css: string;
  /** Font stylesheets to link, relative to the app path (those the bundle does not hold). */
  links: string[];
  /** The page title, when the app set one. */
  title: string | undefined;
  /** The session the browser resumes. */
  sessionId: string;
  /** Its resume token. */
  token: string;
}

/** The part of the prepared client bundle the inlined styles come from. @internal */
export interface PreparedBundleCss {
  css: { body: Buffer } | undefined;
  files: Readonly<Record<string, string>>;
}

/** Milliseconds `main` may take before the first view is rendered with what it built. */
const MAIN_TIMEOUT_MS = 2_000;

/**
 * Server-rendered first views (the `ssr` option): for each page load, a session is
 * started and its `main` run (see `AppHost.prestart`), and the tree it built is drawn by
 * the browser renderers over happy-dom. The browser resumes that very session, so the
 * app does not run twice. Any failure (happy-dom missing, a session limit) gives the
 * plain page: the client then starts as without server rendering.
 * @internal
 */
export class FirstViews {
  readonly #host: AppHost;
  readonly #config: ServerConfig;
  readonly #logger: Logger;
  #renderer: Promise<SsrRenderer> | undefined;
  #critical: Promise<{ css: string; links: string[] }> | undefined;

  constructor(host: AppHost, config: ServerConfig, logger: Logger) {
    this.#host = host;
    this.#config = config;
    this.#logger = logger;
  }

  /** Loads happy-dom and builds the render script (once; call at start to warm up). */
  renderer(): Promise<SsrRenderer> {
    if (this.#renderer === undefined) {
      const { packsFrom } = this.#config;
      this.#renderer = (async () =>
        SsrRenderer.create(
          await buildSsrScript(packsFrom === undefined ? [] : findPacks(packsFrom)),
        ))();
      this.#renderer.catch((error: Error) =>
        this.#logger.error(
          `Server rendering is off: ${error.message}. It needs the optional dependency happy-dom (npm install happy-dom).`,
        ),
      );
    }
    return this.#renderer;
  }

  /**
   * The client's stylesheet and font faces, inlined in each server-rendered page (read
   * once): the view paints without waiting for a stylesheet. Relative font URLs are
   * made absolute, as the page's base is the app path.
   */
  #criticalCss(bundle: PreparedBundleCss): Promise<{ css: string; links: string[] }> {
    this.#critical ??= (async () => {
      const { appPath, useColorEmoji } = this.#config;
      const sheets: string[] = [...FONT_STYLESHEETS.roboto, ...FONT_STYLESHEETS.icons];
      if (useColorEmoji) sheets.push(...FONT_STYLESHEETS.emoji);
      let css = bundle.css?.body.toString("utf8") ?? "";
      const links: string[] = [];
      for (const sheet of sheets) {
        const file = bundle.files[sheet];
        // Served by someone else (a custom bundle without files): linked, as the client does.
        if (file === undefined) {
          links.push(sheet);
          continue;
        }
        const dir = `${appPath}${sheet.slice(0, sheet.lastIndexOf("/") + 1)}`;
        const text = await readFile(file, "utf8").catch(() => "");
        css += text.replace(/url\((["']?)\.\//g, (_, quote: string) => `url(${quote}${dir}`);
      }
      return { css, links };
    })();
    return this.#critical;
  }

  /** The first view for a page load at `route`, or `undefined` to send the plain page. */
  async render(
    req: IncomingMessage,
    route: string,
    bundle: PreparedBundleCss | undefined,
  ): Promise<FirstView | undefined> {
    let renderer: SsrRenderer;
    try {
      renderer = await this.renderer();
    } catch {
      return undefined;
    }
    const userAgent = req.headers["user-agent"];
    const session = await this.#host.prestart(
      {
        route,
        web: true,
        platform: detectPlatform(userAgent ?? ""),
        userAgent,
        ip: clientAddress(req, this.#config.trustProxy),
      },
      MAIN_TIMEOUT_MS,
    );
    if (session === undefined || session.closed) return undefined;
    try {
      const critical = bundle ? await this.#criticalCss(bundle) : { css: "", links: [] };
      const view = await renderer.render(session.store.snapshot());
      for (const error of view.errors) this.#logger.warn(`Server rendering: ${error}`);
      return {
        html: view.html,
        themeCss: view.themeCss,
        css: critical.css + view.css,
        links: critical.links,
        title: view.title,
        sessionId: session.id,
        token: session.token,
      };
    } catch (error) {
      this.#logger.error("Server rendering failed; sending the plain page", error);
      return undefined;
    }
  }

  /** Closes the server DOM. */
  async close(): Promise<void> {
    const renderer = await this.#renderer?.catch(() => undefined);
    await renderer?.close();
  }
}
