/**
 * What the server tells the browser client in index.html (`window.__FLET__`), so the
 * client uses the same paths and settings as the server, wherever the app is mounted.
 */
export interface BrowserConfig {
  /** The URL path the app is hosted under, always starting and ending with `/` (`/apps/myapp/`). */
  appPath: string;
  /** Absolute URL path of the WebSocket endpoint (`/apps/myapp/ws`). */
  wsPath: string;
  /**
   * `auto`: WebSocket, falling back to SSE + POST (at `wsPath + "/sse"`) when it cannot
   * open twice in a row; `sse` or `websocket`: only that one; `worker`: the app runs in a
   * browser Worker of this page (a static build, no server). Absent means `auto`.
   */
  transport?: "auto" | "websocket" | "sse" | "worker";
  /**
   * With `transport: "worker"` (a static build, `flet-ts build --static`): the URL of the
   * app's Worker script, relative to the page. The app runs there; each connection is a
   * `MessagePort`.
   */
  workerUrl?: string;
  /** Absolute URL path of the upload endpoint, when uploads are enabled. */
  uploadPath?: string;
  /** Absolute URL path of the OAuth callback. */
  oauthCallbackPath: string;
  /** `path` (`/store/1`) or `hash` (`/#/store/1`). */
  routeUrlStrategy: "path" | "hash";
  /** The renderer: `html` (the DOM renderer). */
  renderer: "html";
  /** Load the colour emoji font (served by the app). */
  useColorEmoji: boolean;
  /** Dev mode: show server errors in an overlay. */
  dev: boolean;
  /** Protocol version the server speaks. */
  protocolVersion: number;
  /**
   * Versions of the packs whose browser entries are in the bundle: name → version. The
   * bundle sets it (the page's HTML does not), so it always describes the code running.
   */
  packs: Record<string, string>;
  /** Reload the page when the server restarted and forgot the session (`flet-ts run -r`). */
  hotReload: boolean;
  /** The app's name (window title until the app sets one). */
  appName: string;
  /**
   * The session whose first view the server rendered into the page (the `ssr` option):
   * the client resumes it, and swaps its own page in for the server-rendered one.
   */
  ssr?: { sessionId: string; token: string };
}

/** The global the server sets in index.html. */
export const BROWSER_CONFIG_GLOBAL = "__FLET__";
