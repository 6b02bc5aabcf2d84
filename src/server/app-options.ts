import type { AppHostOptions } from "../session/app-host.js";

/**
 * The browser client's files, as the app serves them (the built-in client by default;
 * tests and custom builds pass their own through `getClientBundle`).
 *
 * @example
 * ```ts
 * ft.app(main, { exportApp: true, getClientBundle: async () => ({ js: myBuild }) });
 * ```
 */
export interface ClientBundle {
  /** The client's JavaScript (an ES module). */
  js: Buffer | string;
  /** Its stylesheet, if any. */
  css?: Buffer | string;
  /** More files it loads (fonts): URL path relative to the app path → absolute file path. */
  files?: Readonly<Record<string, string>>;
  /** Modules the client imports lazily, by file name; served at `_flet/<name>`. */
  chunks?: Readonly<Record<string, Buffer | string>>;
}

/**
 * Options of {@link app} and {@link WebApp}. Each hosting option has a `FLET_*`
 * environment variable of the same meaning (see `CONFIG_VARIABLES`); an option given
 * here beats the variable, which beats the default.
 *
 * @example
 * ```ts
 * await ft.app(main, { port: 8550, webAppPath: "/apps/myapp", assetsDir: "./public" });
 * ```
 */
export interface AppOptions extends AppHostOptions {
  /** Return a {@link WebApp} to mount in your own server, instead of listening. */
  exportApp?: boolean;
  /** `FLET_FORCE_WEB_SERVER`: serve as a web server (no browser). Default: Linux without DISPLAY. */
  forceWebServer?: boolean;
  /** `FLET_SERVER_PORT`: TCP port. Default 8000 as a web server, else a free port. */
  port?: number;
  /** `FLET_SERVER_IP`: address to listen on. Default `0.0.0.0` as a web server, else `127.0.0.1`. */
  host?: string;
  /** `FLET_ASSETS_DIR`: the app's static files, served at the app root. Default `assets` beside the entry file. */
  assetsDir?: string;
  /** `FLET_UPLOAD_DIR`: where uploads land; the upload endpoint exists only when set. */
  uploadDir?: string;
  /** `FLET_MAX_UPLOAD_SIZE`: max bytes of one upload. Default unlimited. */
  maxUploadSize?: number;
  /** `FLET_SECRET_KEY`: key signing upload URLs. Default: random per process (URLs die with it). */
  secretKey?: string;
  /** Milliseconds an upload may go without a byte before it is cut off. Default 30 000. */
  uploadTimeout?: number;
  /** `FLET_WEB_APP_PATH`: URL path to host the app under, e.g. `/apps/myapp`. Default `/`. */
  webAppPath?: string;
  /** `FLET_SESSION_TIMEOUT`: seconds a disconnected session waits for its client. Default 3600. */
  sessionTimeout?: number;
  /** `FLET_OAUTH_STATE_TIMEOUT`: seconds to finish an OAuth sign-in. Default 600. */
  oauthStateTimeout?: number;
  /** `FLET_WEB_RENDERER`: `html`, or `auto` (= `html`). */
  webRenderer?: "html" | "auto";
  /** `FLET_WEB_USE_COLOR_EMOJI`: load the colour emoji font. Default off. */
  useColorEmoji?: boolean;
  /**
   * `FLET_SSR`: send each page load with its first view already drawn (server-side
   * rendering): the app's `main` runs for the request, the browser renderers draw its
   * tree into index.html over a server DOM, and the browser resumes that session when its
   * script has loaded. The page is readable before the script runs (and without
   * JavaScript); each load starts a session. Needs the optional dependency `happy-dom`.
   * Default off. See docs/guides/hosting.md "Server-rendered first view".
   */
  ssr?: boolean;
  /** `FLET_WEB_ROUTE_URL_STRATEGY`: `path` (`/store/1`) or `hash` (`/#/store/1`). Default `path`. */
  routeUrlStrategy?: "path" | "hash";
  /**
   * `FLET_TRANSPORT`: how the browser talks to the server. `auto` (default) uses a
   * WebSocket and falls back to Server-Sent Events + POST when a WebSocket cannot open
   * twice in a row (a proxy refusing upgrades); `sse` always uses SSE + POST;
   * `websocket` never falls back. See docs/guides/hosting.md "When WebSockets are blocked".
   */
  transport?: "auto" | "websocket" | "sse";
  /** `FLET_WEBSOCKET_HANDLER_ENDPOINT`: WebSocket path, relative to the app path. Default `ws`. */
  websocketEndpoint?: string;
  /** `FLET_UPLOAD_HANDLER_ENDPOINT`: upload path, relative to the app path. Default `upload`. */
  uploadEndpoint?: string;
  /** `FLET_OAUTH_CALLBACK_HANDLER_ENDPOINT`: OAuth callback path, relative to the app path. */
  oauthCallbackEndpoint?: string;
  /**
   * Exact origins (`https://example.com`) allowed to open the WebSocket; `"*"` allows any
   * (unsafe). Default: only the origin matching the request's Host header. Set it in
   * production: it also defeats DNS rebinding, which a Host comparison cannot.
   */
  allowedOrigins?: string[];
  /**
   * Host names (`"example.com"`, optionally `"example.com:8443"` for one port; `"*"` for
   * any) that HTTP requests and WebSockets may name in their `Host` header; others get
   * 403 with `FLET_ERR_HOST_REFUSED`. This defeats DNS rebinding, where a hostile page
   * re-points its own name at your machine. Default: when the app listens by itself on a
   * loopback address (the desktop default, 127.0.0.1), `localhost`, `127.0.0.1` and
   * `[::1]` at any port; otherwise (public binds, or `exportApp` mounted in your own
   * server) any host, so set it for public deployments.
   */
  allowedHosts?: string[];
  /**
   * Reverse proxies in front of the app (nginx, a load balancer) whose `X-Forwarded-For`
   * entries are trusted: the client address, used by the per-client limits
   * (`newSessionsPerClient`) and `page.clientIp`, is the entry this many places from the
   * right. Default 0: the socket's peer. Set it to the number of proxies you run; more
   * would let clients choose their own address.
   */
  trustProxy?: number;
  /**
   * Let an upload replace a file of the same name that another session uploaded (or that
   * was there before), as Flet does. Default off: such an upload is refused with 409, so
   * one user cannot overwrite another's file.
   */
  uploadOverwrite?: boolean;
  /** Largest client frame in bytes. Default 1 MiB. */
  maxFrameBytes?: number;
  /** Bytes a client may leave unread before it is disconnected (its session stays). Default 8 MiB. */
  maxBufferedBytes?: number;
  /** Milliseconds between WebSocket pings; a peer missing one is dropped. Default 30 000. */
  heartbeatInterval?: number;
  /** Milliseconds `close()` lets running handlers finish. Default 5 000. */
  shutdownGrace?: number;
  /** The app's name: the page title until the app sets one. Default `Flet`. */
  appName?: string;
  /**
   * Where to look for installed packs: a folder inside the app's npm project; the nearest
   * `package.json` at or above it lists the dependencies, and those with a `"flet-ts"`
   * field have their browser entries bundled into the client. `false` bundles only the
   * built-in packs. Default: the folder of the entry file.
   */
  packsFrom?: string | false;
  /**
   * Open tabs reload themselves (at the same route) when the app restarts. Set by
   * `flet-ts run -r` through `FLET_TS_HOT_RELOAD=1`. Default off.
   */
  hotReload?: boolean;
  /**
   * `FLET_PUBSUB_URL`: a Redis URL (`redis://host:6379/0`, `rediss://` for TLS). When set,
   * `page.pubsub` reaches the sessions of every process using the same Redis (the app
   * makes and closes a `RedisPubSubBus`); an explicit `pubsub` hub wins. Default:
   * in memory, within this process.
   */
  pubsubUrl?: string;
  /** Where the browser client comes from. Default: the built-in client plus installed packs. */
  getClientBundle?: () => Promise<ClientBundle>;
  /** Open a browser on start. Default: only when not serving as a web server. */
  openBrowser?: boolean;
  /** Shut down gracefully on SIGTERM and SIGINT. Default true. */
  handleSignals?: boolean;
}
