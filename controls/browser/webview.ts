/**
 * `webview`: a web page in an `<iframe>`. What the app sees of it depends on the page's
 * origin (see the WebView class notes): a same-origin page reports its navigations, loads
 * and errors and can have links stopped; another origin only reports that its frame loaded.
 * @module
 */
import { cssColor, fills } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h } from "./dom.js";

/** The accessible name of a frame without a tooltip or a readable title. */
const DEFAULT_NAME = "Web page";
/** The sandbox of a frame with `javascriptEnabled: false`: everything but scripts. */
const NO_SCRIPTS =
  "allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

/** Per element: the frame, the context and the page's hooks installed. */
interface State {
  ctx: { props: Readonly<Record<string, unknown>>; send(event: string, data?: unknown): void };
  frame: HTMLIFrameElement;
  /** The `url` prop the frame was last sent to. */
  url?: string;
  /** The URL `navigate` reported as started (the page's own navigate event repeats it). */
  started?: string;
  /** The loaded page's title, when the browser lets the app read it. */
  pageTitle?: string;
}
const states = new WeakMap<HTMLElement, State>();

/** The frame's same-origin window, or `undefined` when the browser hides it. */
function readable(frame: HTMLIFrameElement): Window | undefined {
  try {
    const win = frame.contentWindow;
    return win?.document ? win : undefined;
  } catch {
    return undefined;
  }
}

function sameOrigin(url: string): boolean {
  try {
    return new URL(url, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

function resolved(url: string): string {
  try {
    return new URL(url, location.href).href;
  } catch {
    return url;
  }
}

/** Links starting with `preventLink` go nowhere; other navigations report `pageStarted`. */
function hookPage(win: Window, state: State): void {
  const stops = (url: string) => {
    const prefix = state.ctx.props.preventLink;
    return typeof prefix === "string" && prefix !== "" && url.startsWith(prefix);
  };
  win.document.addEventListener(
    "click",
    (event) => {
      const link = (event.target as Element | null)?.closest?.("a[href]") as
        | HTMLAnchorElement
        | null
        | undefined;
      if (link && stops(link.href)) event.preventDefault();
    },
    true,
  );
  // The Navigation API (Chromium) also sees form posts and script navigations.
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener("navigate", (event) => {
    const e = event as Event & { destination: { url: string }; cancelable: boolean };
    if (stops(e.destination.url) && e.cancelable) {
      e.preventDefault();
      return;
    }
    if (e.destination.url === state.started) state.started = undefined;
    else state.ctx.send("pageStarted", e.destination.url);
  });
}

/** A load ended: report the error (same origin only) and the page's end, then hook the page. */
function onLoad(element: HTMLElement, state: State): void {
  const expected = state.url;
  if (expected === undefined) return;
  const win = readable(state.frame);
  const href = win?.location.href;
  // The frame's first, empty document (before `src` is set) is no page of the app's.
  if (href === "about:blank" && !expected.startsWith("about:")) return;
  const url = href ?? resolved(expected);
  if (!win && sameOrigin(expected)) {
    // A same-origin URL that the browser replaced with its own (cross-origin) error page.
    state.ctx.send(
      "webResourceError",
      `WebResourceError(errorCode: -1, description: the page could not be loaded, url: ${url})`,
    );
  } else if (win) {
    const entry = win.performance.getEntriesByType("navigation")[0] as
      | (PerformanceEntry & { responseStatus?: number })
      | undefined;
    const status = entry?.responseStatus ?? 0;
    if (status >= 400) {
      state.ctx.send(
        "webResourceError",
        `WebResourceError(errorCode: ${status}, description: HTTP ${status}, url: ${url})`,
      );
    }
    hookPage(win, state);
  }
  state.started = undefined;
  element.dataset.state = "loaded";
  state.pageTitle = win?.document.title || undefined;
  name(state);
  state.ctx.send("pageEnded", url);
}

/** Names the frame: the tooltip, else the page's title, else "Web page". */
function name(state: State): void {
  const tooltip = state.ctx.props.tooltip;
  state.frame.title =
    typeof tooltip === "string" && tooltip !== "" ? tooltip : (state.pageTitle ?? DEFAULT_NAME);
}

/** Sends the frame to `url` (again, to apply a new sandbox). */
function navigate(element: HTMLElement, state: State, url: string): void {
  state.url = url;
  element.dataset.state = "loading";
  state.started = resolved(url);
  state.ctx.send("pageStarted", state.started);
  state.frame.src = url;
}

/**
 * Draws `webview` as an `<iframe>` (named by the tooltip, else the page's title, else
 * "Web page"), sandboxed without scripts when `javascriptEnabled` is `false`.
 */
export const webViewRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const frame = h("iframe", "flet-webview-frame") as HTMLIFrameElement;
    const element = h("div");
    element.append(frame);
    // As Flutter's WebView: all the width its parent allows.
    fills(element, { x: true });
    const state: State = { ctx, frame };
    frame.addEventListener("load", () => onLoad(element, state));
    states.set(element, state);
    return element;
  },
  update(element, ctx) {
    const state = states.get(element)!;
    state.ctx = ctx;
    const p = ctx.props;
    const s = element.style;
    if (typeof p.height !== "number" && !p.expand) s.height = "300px";
    const { frame } = state;
    frame.style.backgroundColor = cssColor(p.bgcolor) ?? "";
    // A disabled WebView (or one inside a disabled control) takes no pointer or keyboard input.
    frame.inert = p.disabled === true || element.closest(".flet-disabled") !== null;
    name(state);
    const sandbox = p.javascriptEnabled === false ? NO_SCRIPTS : undefined;
    const url = String(p.url ?? "");
    const resandbox = sandbox !== (frame.getAttribute("sandbox") ?? undefined);
    if (sandbox === undefined) frame.removeAttribute("sandbox");
    else frame.setAttribute("sandbox", sandbox);
    if (url !== "" && (url !== state.url || resandbox)) navigate(element, state, url);
  },
  styles: `.flet-webview{display:block;position:relative;overflow:hidden}
.flet-webview>.flet-webview-frame{display:block;width:100%;height:100%;border:0;color-scheme:normal}`,
};
