import type { BrowserConfig } from "../protocol/browser-config.js";
import { PAGE_ID, type WireNode } from "../protocol/wire.js";
import { defaultPalette } from "./default-palette.js";
import { fontFaceCss } from "./fonts.js";
import { type LifecycleWatch, watchLifecycle } from "./lifecycle.js";
import { notifyPageChange, setViewPopper } from "./page-hooks.js";
import { type MediaWatch, watchMedia } from "./page-media.js";
import { handlerProp } from "./render-context.js";
import { RouteSync } from "./route-sync.js";
import { refreshSubtreeThemes } from "./subtree-theme.js";
import { isDark, paletteOf, themeCss, themeSeed } from "./theme.js";

/** What the page controller needs from the client. */
export interface PageControllerHost {
  node(id: string): WireNode | undefined;
  /** Sends a page event (always; the session decides what to do with it). */
  send(event: string, data?: unknown, props?: Record<string, unknown>): void;
}

const RESIZE_THROTTLE_MS = 100;

function styleElement(id: string): HTMLStyleElement {
  let element = document.getElementById(id) as HTMLStyleElement | null;
  if (element === null) {
    element = document.createElement("style");
    element.id = id;
    document.head.append(element);
  }
  return element;
}

/**
 * Page-level behaviour: `title`, `themeMode`/`theme`/`darkTheme` (as CSS custom
 * properties on `:root`), `fonts` (as `@font-face` rules) and `route` (the address bar),
 * plus the page events the browser raises: `routeChange`/`viewPop`, `resize`
 * (throttled), `keyboardEvent`, `platformBrightnessChange`, `appLifecycleStateChange`,
 * `mediaChange` (safe area and keyboard insets: at start and on change).
 */
export class PageController {
  readonly #host: PageControllerHost;
  readonly #config: BrowserConfig;
  readonly #media = window.matchMedia("(prefers-color-scheme: dark)");
  readonly routes: RouteSync;
  readonly #lifecycle: LifecycleWatch;
  readonly #mediaWatch: MediaWatch;
  #dark = false;
  /** Counts theme applications: a palette that arrives late applies only if still current. */
  #themeTurn = 0;

  constructor(config: BrowserConfig, host: PageControllerHost) {
    this.#config = config;
    this.#host = host;
    this.routes = new RouteSync(config.appPath, config.routeUrlStrategy, {
      node: (id) => host.node(id),
      send: (event, data, props) => host.send(event, data, props),
    });
    setViewPopper(() => this.routes.popView());
    this.#media.addEventListener("change", () => {
      host.send("platformBrightnessChange", this.systemBrightness);
      this.#applyTheme();
    });
    this.#watchResize();
    this.#mediaWatch = watchMedia((media) => host.send("mediaChange", media));
    window.addEventListener("keydown", (event) => {
      if (!this.#listens("keyboardEvent")) return;
      const { key, shiftKey: shift, ctrlKey: ctrl, altKey: alt, metaKey: meta } = event;
      host.send("keyboardEvent", { key, shift, ctrl, alt, meta });
    });
    this.#lifecycle = watchLifecycle({
      send: (state) => host.send("appLifecycleStateChange", state),
      listens: () => this.#listens("appLifecycleStateChange"),
      storage: safeSessionStorage(),
      storageKey: `flet-lifecycle:${config.appPath}`,
    });
  }

  /**
   * Applies the page's theme (the default one before the page arrives). The client calls
   * it right after opening its WebSocket, so the colour scheme is computed while the
   * handshake is under way instead of before it starts.
   */
  applyTheme(): void {
    this.#applyTheme();
  }

  /** `light` or `dark`: the system's preference. */
  get systemBrightness(): "light" | "dark" {
    return this.#media.matches ? "dark" : "light";
  }

  /** True while the dark theme shows. */
  get dark(): boolean {
    return this.#dark;
  }

  /** Call after the page rendered, with the names that changed. */
  pageChanged(changed: ReadonlySet<string>): void {
    const props = this.#props;
    if (changed.has("title")) {
      document.title = typeof props.title === "string" ? props.title : this.#config.appName;
    }
    if (changed.has("theme") || changed.has("darkTheme") || changed.has("themeMode")) {
      this.#applyTheme();
    }
    if (changed.has("fonts")) {
      styleElement("flet-fonts").textContent = fontFaceCss(props.fonts, this.#config.appPath);
    }
    if (changed.has("route")) this.routes.routeChanged(props.route);
    this.#lifecycle.sync();
    this.#mediaWatch.sync();
    notifyPageChange(props, changed);
  }

  /** A new session's page replaces the old one: the next render sends the media again. */
  reset(): void {
    this.#mediaWatch.reset();
  }

  get #props(): Readonly<Record<string, unknown>> {
    return this.#host.node(PAGE_ID)?.[1] ?? {};
  }

  #listens(event: string): boolean {
    return this.#props[handlerProp(event)] === true;
  }

  #applyTheme(): void {
    const props = this.#props;
    this.#dark = isDark(props.themeMode, this.#media.matches);
    const dark = this.#dark;
    const theme = dark ? (props.darkTheme ?? props.theme) : props.theme;
    const turn = ++this.#themeTurn;
    const style = styleElement("flet-theme");
    const palette = paletteOf(themeSeed(theme), dark);
    if (palette instanceof Promise) {
      // Another seed: the colour library loads in a lazy chunk. Until it arrives a first
      // theme shows the default palette; a page that had one keeps it (no flash).
      if (style.textContent === "") style.textContent = themeCss(theme, dark, defaultPalette(dark));
      palette.then(
        (derived) => {
          if (turn === this.#themeTurn) style.textContent = themeCss(theme, dark, derived);
        },
        (error: unknown) => console.error("flet-ts: could not load the colour library", error),
      );
    } else {
      style.textContent = themeCss(theme, dark, palette);
    }
    document.documentElement.dataset.theme = dark ? "dark" : "light";
    // Subtrees with their own theme follow the page's (or the system's) brightness.
    refreshSubtreeThemes();
  }

  #watchResize(): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    window.addEventListener("resize", () => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        this.#host.send("resize", { width: window.innerWidth, height: window.innerHeight });
      }, RESIZE_THROTTLE_MS);
    });
  }
}

function safeSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
