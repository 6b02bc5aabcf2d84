import { randomBytes } from "node:crypto";
import { dirname, isAbsolute, relative, resolve as resolvePath, sep } from "node:path";
import { describeValue, ErrorCode, FletError } from "../core/errors.js";
import { LOOPBACK_HOSTS } from "../transport/origin.js";
import type { AppOptions } from "./app-options.js";
import {
  parseBoolean,
  parseChoice,
  parseDirectory,
  parseHost,
  parseInteger,
  parseSecret,
  parseUrlPath,
  RejectedValue,
  type ValueParser,
} from "./config-values.js";

/**
 * The hosting settings after merging options, `FLET_*` variables and defaults. Paths are
 * absolute URL paths; `appPath` starts and ends with `/`.
 *
 * @example
 * ```ts
 * const web = ft.app(main, { exportApp: true, webAppPath: "/apps/myapp" });
 * web.config.wsPath; // "/apps/myapp/ws"
 * ```
 */
export interface ServerConfig {
  /** Serve as a web server (no browser opened; port 8000 and 0.0.0.0 by default). */
  webServer: boolean;
  port: number;
  host: string;
  assetsDir: string;
  uploadDir: string | undefined;
  /** Max bytes of one upload; `Infinity` when unlimited. */
  maxUploadSize: number;
  secretKey: string;
  /** True when no key was configured and one was generated for this process. */
  secretKeyGenerated: boolean;
  appPath: string;
  sessionTimeout: number;
  oauthStateTimeout: number;
  webRenderer: "html";
  useColorEmoji: boolean;
  /** Render each page load's first view on the server (see `AppOptions.ssr`). */
  ssr: boolean;
  routeUrlStrategy: "path" | "hash";
  wsPath: string;
  /** How the browser connects: WebSocket with SSE fallback (`auto`), or only one of them. */
  transport: "auto" | "websocket" | "sse";
  /** Set only when `uploadDir` is. */
  uploadPath: string | undefined;
  oauthCallbackPath: string;
  /** Exact origins allowed to open WebSockets; `undefined` = same origin as the Host header. */
  allowedOrigins: readonly string[] | undefined;
  /** Host names requests may name; `undefined` = any (see `AppOptions.allowedHosts`). */
  allowedHosts: readonly string[] | undefined;
  /** Trusted reverse proxies in front of the app (see `AppOptions.trustProxy`). */
  trustProxy: number;
  maxFrameBytes: number;
  dev: boolean;
  /** Open tabs reload themselves when the app restarts (`flet-ts run -r`). */
  hotReload: boolean;
  /**
   * The folder whose `package.json` lists the app's packs (their browser entries are
   * bundled), or `undefined` when discovery is off.
   */
  packsFrom: string | undefined;
  appName: string;
  /** The Redis carrying `page.pubsub` between processes (`FLET_PUBSUB_URL`); `undefined`: in memory. */
  pubsubUrl: string | undefined;
}

/**
 * The `FLET_*` environment variables, by the option that overrides each.
 *
 * @example
 * ```ts
 * ft.CONFIG_VARIABLES.port; // "FLET_SERVER_PORT"
 * ```
 */
export const CONFIG_VARIABLES = {
  forceWebServer: "FLET_FORCE_WEB_SERVER",
  port: "FLET_SERVER_PORT",
  host: "FLET_SERVER_IP",
  assetsDir: "FLET_ASSETS_DIR",
  uploadDir: "FLET_UPLOAD_DIR",
  maxUploadSize: "FLET_MAX_UPLOAD_SIZE",
  secretKey: "FLET_SECRET_KEY",
  webAppPath: "FLET_WEB_APP_PATH",
  sessionTimeout: "FLET_SESSION_TIMEOUT",
  oauthStateTimeout: "FLET_OAUTH_STATE_TIMEOUT",
  webRenderer: "FLET_WEB_RENDERER",
  useColorEmoji: "FLET_WEB_USE_COLOR_EMOJI",
  ssr: "FLET_SSR",
  routeUrlStrategy: "FLET_WEB_ROUTE_URL_STRATEGY",
  websocketEndpoint: "FLET_WEBSOCKET_HANDLER_ENDPOINT",
  transport: "FLET_TRANSPORT",
  uploadEndpoint: "FLET_UPLOAD_HANDLER_ENDPOINT",
  oauthCallbackEndpoint: "FLET_OAUTH_CALLBACK_HANDLER_ENDPOINT",
} as const satisfies Partial<Record<keyof AppOptions, string>>;

type Env = Readonly<Record<string, string | undefined>>;
const SECONDS = parseInteger(0, 10 * 365 * 24 * 3600, "a whole number of seconds (0 or more)");

/**
 * Resolves hosting settings: an explicit option beats its `FLET_*` variable, which beats
 * the default. A bad value throws a `FLET_ERR_CONFIG_INVALID` {@link FletError} naming
 * the variable (or option), what came, and the accepted values.
 *
 * @example
 * ```ts
 * const config = resolveConfig({ port: 0 }, { FLET_WEB_APP_PATH: "/apps/myapp" });
 * config.wsPath; // "/apps/myapp/ws"
 * ```
 */
export function resolveConfig(options: AppOptions = {}, env: Env = process.env): ServerConfig {
  const entryDir = process.argv[1] ? dirname(process.argv[1]) : process.cwd();
  const read = <TValue>(
    key: keyof typeof CONFIG_VARIABLES,
    parse: (fromEnv: boolean) => ValueParser<TValue>,
  ): TValue | undefined => {
    const variable = CONFIG_VARIABLES[key];
    if (options[key] !== undefined)
      return check(parse(false), options[key], `the option "${key}" (${variable})`);
    const text = env[variable];
    return text === undefined || text === "" ? undefined : check(parse(true), text, variable);
  };
  const linuxServer = process.platform === "linux" && !env.DISPLAY && !env.WAYLAND_DISPLAY;
  const webServer = read("forceWebServer", () => parseBoolean) ?? linuxServer;
  const appPrefix = read("webAppPath", () => parseUrlPath(true)) ?? "";
  const appPath = appPrefix === "" ? "/" : `/${appPrefix}/`;
  const endpoint = (
    key: "websocketEndpoint" | "uploadEndpoint" | "oauthCallbackEndpoint",
    fallback: string,
  ) => `${appPath}${read(key, () => parseUrlPath(false)) ?? fallback}`;
  const uploadPath = endpoint("uploadEndpoint", "upload");
  const uploadDir = read("uploadDir", (fromEnv) => parseDirectory(process.cwd(), fromEnv));
  const configuredKey = read("secretKey", () => parseSecret);
  const host = read("host", () => parseHost) ?? (webServer ? "0.0.0.0" : "127.0.0.1");
  const config: ServerConfig = {
    webServer,
    port:
      read("port", () => parseInteger(0, 65535, "an integer from 0 to 65535")) ??
      (webServer ? 8000 : 0),
    host,
    assetsDir:
      read("assetsDir", (fromEnv) => parseDirectory(entryDir, fromEnv)) ?? `${entryDir}/assets`,
    uploadDir,
    maxUploadSize:
      read("maxUploadSize", () =>
        parseInteger(1, Number.MAX_SAFE_INTEGER, "a positive number of bytes"),
      ) ?? Number.POSITIVE_INFINITY,
    secretKey: configuredKey ?? randomBytes(32).toString("base64url"),
    secretKeyGenerated: configuredKey === undefined,
    appPath,
    sessionTimeout: read("sessionTimeout", () => SECONDS) ?? 3600,
    oauthStateTimeout: read("oauthStateTimeout", () => SECONDS) ?? 600,
    webRenderer: read("webRenderer", () => parseChoice(["html"], { auto: "html" })) ?? "html",
    useColorEmoji: read("useColorEmoji", () => parseBoolean) ?? false,
    ssr: read("ssr", () => parseBoolean) ?? false,
    routeUrlStrategy: read("routeUrlStrategy", () => parseChoice(["path", "hash"])) ?? "path",
    wsPath: endpoint("websocketEndpoint", "ws"),
    transport: read("transport", () => parseChoice(["auto", "websocket", "sse"])) ?? "auto",
    uploadPath: uploadDir === undefined ? undefined : uploadPath,
    oauthCallbackPath: endpoint("oauthCallbackEndpoint", "oauth_callback"),
    allowedOrigins: options.allowedOrigins?.map((origin) => checkOrigin(origin)),
    allowedHosts:
      options.allowedHosts?.map((entry) => checkHost(entry)) ??
      (options.exportApp !== true && isLoopback(host) ? LOOPBACK_HOSTS : undefined),
    trustProxy:
      options.trustProxy === undefined
        ? 0
        : check(
            parseInteger(0, 16, "a whole number of proxies from 0 to 16"),
            options.trustProxy,
            'the option "trustProxy"',
          ),
    maxFrameBytes:
      options.maxFrameBytes === undefined
        ? 1024 * 1024
        : check(
            parseInteger(1, 2 ** 30, "a positive number of bytes"),
            options.maxFrameBytes,
            'the option "maxFrameBytes"',
          ),
    // Never on by accident: stacks and error details reach every visitor in dev mode.
    dev: options.dev ?? check(parseBoolean, env.FLET_TS_DEV || "false", "FLET_TS_DEV"),
    hotReload:
      options.hotReload ??
      check(parseBoolean, env.FLET_TS_HOT_RELOAD || "false", "FLET_TS_HOT_RELOAD"),
    // Run through a tool's bin (vitest, a process manager), the project is the working folder.
    packsFrom:
      options.packsFrom === false
        ? undefined
        : (options.packsFrom ??
          (entryDir.split(sep).includes("node_modules") ? process.cwd() : entryDir)),
    appName: options.appName ?? "Flet",
    pubsubUrl: readPubsubUrl(options, env),
  };
  checkDistinct(config);
  return config;
}

/** `pubsubUrl`, else `FLET_PUBSUB_URL`: a `redis://` or `rediss://` URL. */
function readPubsubUrl(options: AppOptions, env: Env): string | undefined {
  const fromOption = options.pubsubUrl !== undefined;
  const value = fromOption ? options.pubsubUrl : env.FLET_PUBSUB_URL;
  if (value === undefined || value === "") return undefined;
  const source = fromOption ? 'the option "pubsubUrl" (FLET_PUBSUB_URL)' : "FLET_PUBSUB_URL";
  let url: URL | undefined;
  try {
    url = typeof value === "string" ? new URL(value) : undefined;
  } catch {}
  const ok =
    url !== undefined &&
    (url.protocol === "redis:" || url.protocol === "rediss:") &&
    url.hostname !== "" &&
    /^(\/\d*)?$/.test(url.pathname) &&
    !url.hash;
  if (!ok) {
    // The password never reaches the message.
    const shown =
      typeof value === "string" ? value.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@") : value;
    throw invalid(source, shown, "a Redis URL such as redis://host:6379/0 (rediss:// for TLS)");
  }
  return value as string;
}

function invalid(source: string, value: unknown, accepted: string): FletError {
  return new FletError(
    ErrorCode.CONFIG_INVALID,
    `Expected ${source} to be ${accepted}, but got ${describeValue(value)}. Fix the value, or unset it to use the default.`,
    { source, value, accepted },
  );
}

function check<TValue>(parse: ValueParser<TValue>, value: unknown, source: string): TValue {
  try {
    return parse(value);
  } catch (error) {
    if (error instanceof RejectedValue) throw invalid(source, value, error.accepted);
    throw error;
  }
}

/** Whether a listen address only accepts connections from this machine. */
function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function checkHost(host: unknown): string {
  if (
    typeof host === "string" &&
    (host === "*" || /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/.test(host))
  )
    return host;
  throw invalid(
    'an entry of the option "allowedHosts"',
    host,
    'a host name such as "example.com", "example.com:8443" or "[::1]", or "*"',
  );
}

function checkOrigin(origin: string): string {
  if (origin === "*") return origin;
  try {
    const url = new URL(origin);
    const bare = url.pathname === "/" && !url.search && !url.hash && !url.username;
    if (
      (url.protocol === "http:" || url.protocol === "https:") &&
      bare &&
      !/\/./.test(origin.slice(url.protocol.length + 2))
    )
      return url.origin;
  } catch {}
  throw invalid(
    'an entry of the option "allowedOrigins"',
    origin,
    'an origin such as "https://example.com:8443", or "*"',
  );
}

function checkDistinct(config: ServerConfig): void {
  const paths = [
    config.wsPath,
    config.uploadPath,
    config.oauthCallbackPath,
    `${config.appPath}_flet`,
  ];
  const used = paths.filter((path) => path !== undefined);
  const twice = used.find((path, index) => used.indexOf(path) !== index);
  if (twice !== undefined) {
    throw invalid(
      "the endpoints (FLET_WEBSOCKET_HANDLER_ENDPOINT, FLET_UPLOAD_HANDLER_ENDPOINT, FLET_OAUTH_CALLBACK_HANDLER_ENDPOINT)",
      twice,
      "distinct paths, none of them _flet",
    );
  }
  // Uploaded files would be served from the app's origin: an uploaded HTML page could run
  // script as the app.
  const { uploadDir, assetsDir } = config;
  if (uploadDir !== undefined) {
    const inside = relative(resolvePath(assetsDir), resolvePath(uploadDir));
    if (inside === "" || (!inside.startsWith("..") && !isAbsolute(inside))) {
      throw invalid(
        "the upload directory (uploadDir, FLET_UPLOAD_DIR)",
        uploadDir,
        `a directory outside the assets directory ${JSON.stringify(assetsDir)}, which is served to every visitor`,
      );
    }
  }
}
