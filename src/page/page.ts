import type { Authorization } from "../auth/authorization.js";
import type { LoginEvent, LoginOptions } from "../auth/login-event.js";
import { authOf, beginLogin, endLogin } from "../auth/page-auth.js";
import type { OAuthProvider } from "../auth/providers.js";
import type { Control } from "../core/control.js";
import type { ControlEvent, EventHandler } from "../core/control-event.js";
import { child, children, control, event, prop } from "../core/decorators.js";
import { describeValue, ErrorCode, FletError } from "../core/errors.js";
import { isSafeUrl } from "../core/safe-url.js";
import type { ClientStorage } from "../session/client-storage.js";
import type { Executor } from "../session/executor.js";
import type { PubSubClient } from "../session/pubsub.js";
import { quiet } from "../session/quiet.js";
import type { SessionStorage } from "../session/session-storage.js";
import { enumValues, PagePlatform, type Theme, ThemeMode } from "../types/layout.js";
import {
  AppLifecycleStateChangeEvent,
  KeyboardEvent,
  PageErrorEvent,
  PageMediaData,
  type PageRestoreEvent,
  PlatformBrightnessChangeEvent,
  RouteChangeEvent,
  ViewPopEvent,
  WindowResizeEvent,
} from "./page-events.js";
import { $services, type PageServices } from "./page-services.js";
import { PageViews } from "./page-views.js";
import type { View } from "./view.js";

declare module "../core/page-type.js" {
  /** `control.page` is a {@link Page}. */
  interface PageTypeRegistry {
    page: Page;
  }
}

/** Facts the browser reported about itself. */
export interface ClientDetails {
  width: number;
  height: number;
  platformBrightness: "light" | "dark";
  web: boolean;
  pwa: boolean;
  clientIp: string | undefined;
  clientUserAgent: string | undefined;
  media: PageMediaData | undefined;
}

/** Options of {@link Page.launchUrl}. */
export interface LaunchUrlOptions {
  /** Name of the browser window (`_blank`, `_self`, or a name). Default `_blank`. */
  webWindowName?: string;
  /** Opens a popup window instead of a tab. */
  webPopupWindow?: boolean;
  /** Popup width in pixels. */
  windowWidth?: number;
  /** Popup height in pixels. */
  windowHeight?: number;
}

/** A control that can be shown and hidden with an `open` property (dialogs, sheets, bars). */
export type Openable = Control & { open?: boolean | undefined };

/**
 * The root of a session's control tree, and the app's handle on everything else: routing,
 * theme, storage, pubsub, tasks and the browser. Each session has one page; `main(page)`
 * receives it.
 *
 * @example
 * ```ts
 * await ft.app((page) => {
 *   page.title = "Counter";
 *   const count = new ft.Text("0", { size: 40 });
 *   page.add(count, new ft.ElevatedButton("+1", { onClick: () => { count.value = String(Number(count.value) + 1); } }));
 * });
 * ```
 */
@control("page")
export class Page extends PageViews {
  /** @internal */
  readonly [$services]: PageServices;
  #lastRoute: string | undefined;
  /** @internal */
  readonly client: ClientDetails = {
    width: 0,
    height: 0,
    platformBrightness: "light",
    web: true,
    pwa: false,
    clientIp: undefined,
    clientUserAgent: undefined,
    media: undefined,
  };

  /** @internal Pages are made by sessions. */
  constructor(services: PageServices) {
    super();
    this[$services] = services;
    this.views.push(this.defaultView);
  }

  // Page's own properties.

  /** The browser tab's title. */
  @prop({ kind: "string" }) accessor title: string | undefined;
  /** The current route (`/`, `/store/1`); also in the address bar. Use {@link go} to change it. */
  @prop({ kind: "string", default: "/", twoWay: true }) accessor route: string | undefined;
  /** `system` (default), `light` or `dark`. */
  @prop({ kind: "enum", values: enumValues(ThemeMode) }) accessor themeMode: ThemeMode | undefined;
  /** The light theme. */
  @prop({ kind: "json" }) accessor theme: Theme | undefined;
  /** The dark theme. */
  @prop({ kind: "json" }) accessor darkTheme: Theme | undefined;
  /** Web fonts by family name: `{ Kanit: "/fonts/Kanit.ttf" }`. */
  @prop({ kind: "json" }) accessor fonts: Record<string, string> | undefined;
  /** The client's platform; set it to preview adaptive (Cupertino) rendering. */
  @prop({ kind: "enum", values: enumValues(PagePlatform), twoWay: true }) accessor platform:
    | PagePlatform
    | undefined;
  /** Outlines what assistive technology sees. */
  @prop({ kind: "boolean" }) accessor showSemanticsDebugger: boolean | undefined;

  /** The stack of views; the last is shown. */
  @children() accessor views!: View[];
  /** Controls floating above the views (dialogs, pickers, toasts). */
  @children() accessor overlay!: Control[];
  /** The open dialog, if any ({@link showDialog}). */
  @child() accessor dialog: Control | undefined;
  /** The snack bar ({@link showSnackBar}). */
  @child() accessor snackBar: Control | undefined;
  /** The banner ({@link showBanner}). */
  @child() accessor banner: Control | undefined;
  /** The bottom sheet ({@link showBottomSheet}). */
  @child() accessor bottomSheet: Control | undefined;
  /**
   * A control shown over the whole page while set (a ProgressBar while the app loads);
   * everything under it is inert: no clicks, no keyboard focus (an open modal dialog
   * stays on top, inert too). Set it back to `undefined` to remove it. See
   * `docs/guides/async.md`.
   */
  @child() accessor splash: Control | undefined;

  // Events.

  /** Fires when the route changes (user navigation, or {@link go}). */
  @event({ type: RouteChangeEvent }) accessor onRouteChange:
    | EventHandler<RouteChangeEvent>
    | undefined;
  /** Fires when the user goes back from the top view; pop it from `views` in the handler. */
  @event({ type: ViewPopEvent }) accessor onViewPop: EventHandler<ViewPopEvent> | undefined;
  /** Fires when the browser window is resized. */
  @event({ type: WindowResizeEvent }) accessor onResize:
    | EventHandler<WindowResizeEvent>
    | undefined;
  /** Fires for key presses anywhere on the page. */
  @event({ type: KeyboardEvent }) accessor onKeyboardEvent: EventHandler<KeyboardEvent> | undefined;
  /** Fires when the system switches between light and dark. */
  @event({ type: PlatformBrightnessChangeEvent })
  accessor onPlatformBrightnessChange: EventHandler<PlatformBrightnessChangeEvent> | undefined;
  /** Fires when the app is shown, hidden, paused, resumed, ... */
  @event({ type: AppLifecycleStateChangeEvent })
  accessor onAppLifecycleStateChange: EventHandler<AppLifecycleStateChangeEvent> | undefined;
  /** Fires when the safe area or the on-screen keyboard changes; see {@link media}. */
  @event({ type: PageMediaData }) accessor onMediaChange: EventHandler<PageMediaData> | undefined;
  /** Fires when the browser reconnects to this session. */
  @event() accessor onConnect: EventHandler<ControlEvent<Page>> | undefined;
  /** Fires when the browser's connection drops (the session waits for it to come back). */
  @event() accessor onDisconnect: EventHandler<ControlEvent<Page>> | undefined;
  /** Fires once when the session ends (expired, or the server shut down). */
  @event() accessor onClose: EventHandler<ControlEvent<Page>> | undefined;
  /** Fires when a handler, hook or task throws, or the browser reports an error. */
  @event({ type: PageErrorEvent }) accessor onError: EventHandler<PageErrorEvent> | undefined;
  /** Fires when a sign-in started by {@link login} ends; `e.error` says why it failed. */
  onLogin: EventHandler<LoginEvent> | undefined;
  /** Fires after {@link logout}. */
  onLogout: EventHandler<ControlEvent<Page>> | undefined;
  /**
   * Fires in a new session that replaces one the server lost while the browser kept the
   * page (a restart, an expiry): what the user typed is set again, and the rest is in the
   * event. See {@link PageRestoreEvent}.
   */
  onRestore: EventHandler<PageRestoreEvent> | undefined;

  // Client facts.

  /** Viewport width in CSS pixels. */
  get width(): number {
    return this.client.width;
  }
  /** Viewport height in CSS pixels. */
  get height(): number {
    return this.client.height;
  }
  /** The system's light/dark preference. */
  get platformBrightness(): "light" | "dark" {
    return this.client.platformBrightness;
  }
  /** True when the client is a web browser. */
  get web(): boolean {
    return this.client.web;
  }
  /** True when the app runs as an installed progressive web app. */
  get pwa(): boolean {
    return this.client.pwa;
  }
  /** The client's IP address, as the server saw it. */
  get clientIp(): string | undefined {
    return this.client.clientIp;
  }
  /** The browser's user agent string. */
  get clientUserAgent(): string | undefined {
    return this.client.clientUserAgent;
  }
  /** The safe area and keyboard insets the browser last reported (at start and on change). */
  get media(): PageMediaData | undefined {
    return this.client.media;
  }
  /** The query parameters of the current route. */
  get query(): URLSearchParams {
    const route = this.route ?? "/";
    const at = route.indexOf("?");
    return new URLSearchParams(at === -1 ? "" : route.slice(at + 1));
  }

  // Session services.

  /** The id of this page's session. */
  get sessionId(): string {
    return this[$services].id;
  }
  /** Server-side storage of this session. */
  get session(): SessionStorage {
    return this[$services].storage;
  }
  /** The browser's persistent storage. */
  get clientStorage(): ClientStorage {
    return this[$services].clientStorage;
  }
  /** Messages between the sessions of this app. */
  get pubsub(): PubSubClient {
    return this[$services].pubsub;
  }
  /** Worker threads for CPU-bound work. */
  get executor(): Executor {
    return this[$services].executor;
  }
  /** Aborts when the session closes: pass it to fetch, sleep and your own tasks. */
  get signal(): AbortSignal {
    return this[$services].signal;
  }

  /** Adds controls at the end of the page and sends the update. */
  add(...controls: Control[]): void {
    this.controls.push(...controls);
    this.update();
  }

  /** Inserts controls at `at` and sends the update. */
  insert(at: number, ...controls: Control[]): void {
    this.controls.splice(at, 0, ...controls);
    this.update();
  }

  /** Removes controls from the page and sends the update. Controls not on it are ignored. */
  remove(...controls: Control[]): void {
    for (const item of controls) {
      const index = this.controls.indexOf(item);
      if (index !== -1) this.controls.splice(index, 1);
    }
    this.update();
  }

  /** Removes the control at `index` and sends the update. */
  removeAt(index: number): void {
    this.controls.splice(index, 1);
    this.update();
  }

  /** Removes every control of the page and sends the update. */
  clean(): void {
    this.controls.length = 0;
    this.update();
  }

  /**
   * Sends every pending change of the session now, running `beforeUpdate()` of every
   * control that overrides it. Pass controls to say which ones you meant; all pending
   * changes are sent either way.
   */
  override update(..._controls: Control[]): void {
    super.update();
  }

  /**
   * Navigates to `route`: sets `page.route` (the address bar follows) and fires
   * `onRouteChange` unless the route did not change.
   *
   * @example
   * ```ts
   * page.go("/store", { category: "books" }); // route "/store?category=books"
   * ```
   */
  go(route: string, queryParameters?: Record<string, string | number | boolean>): void {
    let target = route;
    if (queryParameters && Object.keys(queryParameters).length > 0) {
      const search = new URLSearchParams(
        Object.entries(queryParameters).map(([k, v]) => [k, String(v)]),
      );
      target += `${route.includes("?") ? "&" : "?"}${search}`;
    }
    this.route = target;
    this.routeChanged(target);
  }

  /** Runs `onRouteChange` for `route` unless it is the last route seen. @internal */
  routeChanged(route: string): boolean {
    if (route === this.#lastRoute) return false;
    this.#lastRoute = route;
    const handler = this.onRouteChange;
    if (handler)
      void this[$services].runHandler(
        handler,
        [new RouteChangeEvent(this, "routeChange", route)],
        "routeChange handler of Page",
      );
    return true;
  }

  /** The mounted control with id `id`, if any. */
  getControl(id: string): Control | undefined {
    return this[$services].control(id);
  }

  /**
   * Starts an async task owned by the session and returns its promise. Pending changes
   * are sent when it settles; its errors go to `onError`. Pass `page.signal` on to stop
   * work when the session closes.
   *
   * @example
   * ```ts
   * page.runTask(async () => { await ft.sleep(1000); label.value = "done"; });
   * ```
   */
  runTask<TArgs extends unknown[], TResult>(
    fn: (...args: TArgs) => TResult | Promise<TResult>,
    ...args: TArgs
  ): Promise<TResult> {
    return this[$services].runTask(fn, args);
  }

  /**
   * Runs `fn` after the current handler returns (JavaScript has no shared-memory
   * threads: this frees the handler, it does not add parallelism; use {@link executor}
   * for CPU-bound work). Returns its result as a promise.
   */
  runThread<TArgs extends unknown[], TResult>(
    fn: (...args: TArgs) => TResult | Promise<TResult>,
    ...args: TArgs
  ): Promise<TResult> {
    return this[$services].runThread(fn, args);
  }

  /**
   * A signed URL the browser may PUT one file to, stored as `fileName` in the upload
   * directory (FLET_UPLOAD_DIR). It expires after `expiresSeconds`, works once, and only
   * for this session. Hand it to `FilePicker.upload`.
   *
   * @throws `FletError` `FLET_ERR_CONFIG_INVALID` when uploads are off (no `uploadDir`),
   * or `fileName` is not a plain file name (a separator, `..`, a control character).
   * @example
   * ```ts
   * picker.upload([{ name: "a.png", uploadUrl: page.getUploadUrl("a.png", 60) }]);
   * ```
   */
  getUploadUrl(fileName: string, expiresSeconds: number): string {
    const url = this[$services].uploadUrl?.(fileName, expiresSeconds);
    if (url === undefined)
      throw new FletError(
        ErrorCode.CONFIG_INVALID,
        "Expected uploads to be on, but this app has no upload directory. Set FLET_UPLOAD_DIR (or the uploadDir option).",
      );
    return url;
  }

  /**
   * Opens `url` in the browser, in a new tab unless `webWindowName` says otherwise; the
   * opened page gets no handle on the app's window (`noopener`). Only http(s), mailto, tel
   * and relative URLs: anything else throws `FLET_ERR_URL_UNSAFE`.
   */
  launchUrl(url: string, options: LaunchUrlOptions = {}): Promise<void> {
    if (!isSafeUrl(url))
      throw new FletError(
        ErrorCode.URL_UNSAFE,
        `Expected page.launchUrl to get an http(s), mailto, tel or relative URL, but got ${describeValue(url)}. javascript:, data: and other schemes are refused; check where the URL comes from.`,
      );
    return quiet(this[$services].call("launchUrl", { url, ...options }).then(() => undefined));
  }

  /** Copies `text` to the user's clipboard. */
  setClipboard(text: string): Promise<void> {
    return quiet(this[$services].call("setClipboard", { text }).then(() => undefined));
  }

  /** Reads the user's clipboard (the browser may ask the user first). */
  getClipboard(): Promise<string | undefined> {
    return quiet(
      this[$services]
        .call("getClipboard", {})
        .then((value) => (typeof value === "string" ? value : undefined)),
    );
  }

  /** Scrolls the first view: to `offset` pixels, by `delta`, or to the control with `key`. */
  scrollTo(options: {
    offset?: number;
    delta?: number;
    key?: string;
    duration?: number;
    curve?: string;
  }): Promise<void> {
    return quiet(
      this[$services].call("scrollTo", { ...options }, this.defaultView.uid).then(() => undefined),
    );
  }

  /** The completed sign-in (user, tokens, refresh), or undefined when signed out. */
  get auth(): Authorization | undefined {
    return authOf(this);
  }

  /**
   * Signs the user in with an OAuth 2 / OpenID Connect provider: opens the provider in a
   * popup (authorization code flow with PKCE), and fires {@link onLogin} when the
   * provider sends the user back; {@link auth} is set on success. Tokens stay on the
   * server. Resolves to the authorization URL once the browser opened it.
   *
   * @example
   * ```ts
   * page.onLogin = (e) => page.add(new ft.Text(e.error ?? `Hi ${page.auth?.user.email}`));
   * await page.login(new ft.GitHubOAuthProvider({ clientId, clientSecret, redirectUrl }));
   * ```
   */
  login(provider: OAuthProvider, options: LoginOptions = {}): Promise<string> {
    return beginLogin(this, this[$services], provider, options);
  }

  /** Signs out: forgets {@link auth} and any sign-in in progress, then fires {@link onLogout}. */
  logout(): void {
    endLogin(this, this[$services]);
  }

  #show(slot: "dialog" | "snackBar" | "banner" | "bottomSheet", item: Openable): void {
    this[slot] = item;
    item.open = true;
    this.update();
  }

  #close(slot: "dialog" | "snackBar" | "banner" | "bottomSheet"): void {
    const item = this[slot] as Openable | undefined;
    if (item) item.open = false;
    this.update();
  }

  /** Shows a dialog (an AlertDialog, for instance). */
  showDialog(dialog: Openable): void {
    this.#show("dialog", dialog);
  }
  /** Closes the open dialog. */
  closeDialog(): void {
    this.#close("dialog");
  }
  /** Shows a snack bar. */
  showSnackBar(snackBar: Openable): void {
    this.#show("snackBar", snackBar);
  }
  /** Shows a banner. */
  showBanner(banner: Openable): void {
    this.#show("banner", banner);
  }
  /** Closes the banner. */
  closeBanner(): void {
    this.#close("banner");
  }
  /** Shows a bottom sheet. */
  showBottomSheet(bottomSheet: Openable): void {
    this.#show("bottomSheet", bottomSheet);
  }
  /** Closes the bottom sheet. */
  closeBottomSheet(): void {
    this.#close("bottomSheet");
  }
}
