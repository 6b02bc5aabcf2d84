import {
  ConstrainedControl,
  type ControlEvent,
  type ControlOptions,
  checks,
  control,
  ErrorCode,
  type EventHandler,
  event,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";

/** Schemes a WebView may load: `javascript:` (and the like) would run in the app's page. */
const SCHEMES = ["http:", "https:", "data:", "about:"];

/**
 * Shows a web page inside the app (Flutter's `webview_flutter`; Flet 0.21 draws it on
 * iOS and Android only). In the browser it is an `<iframe>`, so what the app can see and
 * do depends on the page's origin:
 *
 * - **Same origin** as the app (a relative `url`, or the app's own host and port): every
 *   prop and event works. `onPageStarted` fires for each navigation (also link clicks in
 *   the page) with its URL, `onPageEnded` when it has loaded, `onWebResourceError` when it
 *   failed (an HTTP status ≥ 400, or no response), and `preventLink` stops links.
 * - **Another origin** (and `data:` pages, whose origin is opaque): the browser hides the
 *   page from the app. `onPageStarted` fires only for the app's own `url` changes,
 *   `onPageEnded` when the frame's load ends (with that `url`, not where the user went),
 *   `onWebResourceError` never (a failed load looks like a loaded error page), and
 *   `preventLink` does nothing. A site that forbids framing (`X-Frame-Options`,
 *   `frame-ancestors`) shows the browser's refusal page.
 *
 * A `disabled` WebView's frame is `inert` (no pointer or keyboard input reaches the page).
 * The frame's accessible name is the `tooltip`, else the page's title (same origin), else
 * "Web page". Flet 0.21's WebView has no methods; set `url` (and `update()`) to navigate.
 *
 * @example
 * ```ts
 * new ft.WebView("/docs/index.html", {
 *   expand: true,
 *   onPageStarted: (e) => console.log("Page started", e.data),
 *   onPageEnded: (e) => console.log("Page ended", e.data),
 *   onWebResourceError: (e) => console.log("Page error:", e.data),
 * });
 * ```
 */
@control("webview")
export class WebView extends ConstrainedControl {
  /**
   * @param url - The page to load, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(url?: string | ControlOptions<WebView>, options?: ControlOptions<WebView>) {
    super(withPrimary("url", url, options));
  }

  /**
   * Refuses an empty `url` (Flet: "WebView.url cannot be empty") and schemes other than
   * http, https, data and about (a `javascript:` URL would run in the app's page).
   * @throws `FletError` `FLET_ERR_PROP_INVALID_VALUE`: the update that brings it is
   * refused (nothing of it is sent) and the error goes to `page.onError`.
   */
  override validate(): void {
    const url = (this.url ?? "").trim();
    if (url === "") {
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        'Expected WebView.url to be a URL, but it is unset or empty. Pass the page first: new ft.WebView("https://flet.dev").',
        { control: "WebView", prop: "url" },
      );
    }
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (scheme !== undefined && !SCHEMES.includes(`${scheme}:`)) {
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        `Expected WebView.url to be an http(s), data: or about: URL or a relative one, but got ${JSON.stringify(url.slice(0, 60))} (scheme "${scheme}:"). A javascript: URL would run inside the app's page; show such content another way.`,
        { control: "WebView", prop: "url" },
      );
    }
  }

  /** The page to load. Changing it navigates there. */
  @prop({ kind: "string" }) accessor url: string | undefined;
  /**
   * Runs the page's scripts. `false` sandboxes the frame without `allow-scripts` (it
   * reloads to apply). Default `true`.
   */
  @prop({ kind: "boolean", default: true }) accessor javascriptEnabled: boolean | undefined;
  /**
   * Links whose URL starts with this are not followed (a click on them does nothing).
   * Same-origin pages only: the browser gives the app no hold on another origin's links.
   */
  @prop({ kind: "string" }) accessor preventLink: string | undefined;
  /** Background behind the page (seen where the page itself is transparent, and while loading). */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** A navigation started; `e.data` is its URL. */
  @event() accessor onPageStarted: EventHandler<ControlEvent<WebView>> | undefined;
  /** The page finished loading; `e.data` is its URL. */
  @event() accessor onPageEnded: EventHandler<ControlEvent<WebView>> | undefined;
  /**
   * The page failed to load (same origin only, see the class notes); `e.data` describes
   * it: `WebResourceError(errorCode: 404, description: Not Found, url: …)`.
   */
  @event() accessor onWebResourceError: EventHandler<ControlEvent<WebView>> | undefined;
}
