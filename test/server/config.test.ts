import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { resolveConfig, type ServerConfig } from "../../src/server/config.js";
import { counterApp, testOptions } from "./helpers.js";

/** With a display, so the defaults are the local (non web server) ones. */
const DESKTOP = { DISPLAY: ":0" };

interface Row {
  variable: string;
  value: string;
  effect: Partial<ServerConfig>;
  bad: string;
  accepted: string;
  also?: Record<string, string>;
}

const TABLE: Row[] = [
  {
    variable: "FLET_FORCE_WEB_SERVER",
    value: "yes",
    effect: { webServer: true, port: 8000, host: "0.0.0.0" },
    bad: "maybe",
    accepted: "true, 1, yes",
  },
  {
    variable: "FLET_SERVER_PORT",
    value: "8550",
    effect: { port: 8550 },
    bad: "70000",
    accepted: "an integer from 0 to 65535",
  },
  {
    variable: "FLET_SERVER_IP",
    value: "127.0.0.2",
    effect: { host: "127.0.0.2" },
    bad: "not a host!",
    accepted: "an IP address",
  },
  {
    variable: "FLET_ASSETS_DIR",
    value: "/srv/assets",
    effect: { assetsDir: "/srv/assets" },
    bad: "relative/assets",
    accepted: "an absolute directory path",
  },
  {
    variable: "FLET_UPLOAD_DIR",
    value: "/srv/uploads",
    effect: { uploadDir: "/srv/uploads", uploadPath: "/upload" },
    bad: "uploads",
    accepted: "an absolute directory path",
  },
  {
    variable: "FLET_MAX_UPLOAD_SIZE",
    value: "1048576",
    effect: { maxUploadSize: 1048576 },
    bad: "1MB",
    accepted: "a positive number of bytes",
  },
  {
    variable: "FLET_SECRET_KEY",
    value: "k".repeat(32),
    effect: { secretKey: "k".repeat(32), secretKeyGenerated: false },
    bad: "short",
    accepted: "at least 16 characters",
  },
  {
    variable: "FLET_WEB_APP_PATH",
    value: "apps/myapp",
    effect: {
      appPath: "/apps/myapp/",
      wsPath: "/apps/myapp/ws",
      oauthCallbackPath: "/apps/myapp/oauth_callback",
    },
    bad: "/apps/../etc",
    accepted: "a URL path",
  },
  {
    variable: "FLET_SESSION_TIMEOUT",
    value: "60",
    effect: { sessionTimeout: 60 },
    bad: "soon",
    accepted: "a whole number of seconds",
  },
  {
    variable: "FLET_OAUTH_STATE_TIMEOUT",
    value: "120",
    effect: { oauthStateTimeout: 120 },
    bad: "-5",
    accepted: "a whole number of seconds",
  },
  {
    variable: "FLET_WEB_RENDERER",
    value: "auto",
    effect: { webRenderer: "html" },
    bad: "canvaskit",
    accepted: "html, auto",
  },
  {
    variable: "FLET_WEB_USE_COLOR_EMOJI",
    value: "True",
    effect: { useColorEmoji: true },
    bad: "sometimes",
    accepted: "true, 1, yes",
  },
  {
    variable: "FLET_SSR",
    value: "1",
    effect: { ssr: true },
    bad: "sometimes",
    accepted: "true, 1, yes",
  },
  {
    variable: "FLET_WEB_ROUTE_URL_STRATEGY",
    value: "hash",
    effect: { routeUrlStrategy: "hash" },
    bad: "query",
    accepted: "path, hash",
  },
  {
    variable: "FLET_WEBSOCKET_HANDLER_ENDPOINT",
    value: "/live/socket",
    effect: { wsPath: "/live/socket" },
    bad: "/a b",
    accepted: "a URL path",
  },
  {
    variable: "FLET_TRANSPORT",
    value: "SSE",
    effect: { transport: "sse" },
    bad: "longpoll",
    accepted: "auto, websocket, sse",
  },
  {
    variable: "FLET_UPLOAD_HANDLER_ENDPOINT",
    value: "files/put",
    also: { FLET_UPLOAD_DIR: "/srv/up" },
    effect: { uploadPath: "/files/put" },
    bad: "../up",
    accepted: "a URL path",
  },
  {
    variable: "FLET_OAUTH_CALLBACK_HANDLER_ENDPOINT",
    value: "auth/cb",
    effect: { oauthCallbackPath: "/auth/cb" },
    bad: "%2e%2e",
    accepted: "a URL path",
  },
];

describe("resolveConfig", () => {
  it("covers every FLET_* variable of the spec", () => {
    expect(new Set(TABLE.map((row) => row.variable))).toEqual(
      new Set(Object.values(ft.CONFIG_VARIABLES)),
    );
  });

  it("has Flet's defaults", () => {
    const config = resolveConfig({}, DESKTOP);
    expect(config).toMatchObject({
      webServer: false,
      port: 0,
      host: "127.0.0.1",
      uploadDir: undefined,
      uploadPath: undefined,
      maxUploadSize: Number.POSITIVE_INFINITY,
      secretKeyGenerated: true,
      appPath: "/",
      sessionTimeout: 3600,
      oauthStateTimeout: 600,
      webRenderer: "html",
      useColorEmoji: false,
      routeUrlStrategy: "path",
      wsPath: "/ws",
      oauthCallbackPath: "/oauth_callback",
      maxFrameBytes: 1024 * 1024,
    });
    expect(config.assetsDir).toMatch(/assets$/);
    expect(config.secretKey).not.toBe(resolveConfig({}, DESKTOP).secretKey);
  });

  it("serves as a web server on Linux without DISPLAY (and not elsewhere by default)", () => {
    expect(resolveConfig({}, {})).toMatchObject(
      process.platform === "linux"
        ? { webServer: true, port: 8000, host: "0.0.0.0" }
        : { webServer: false },
    );
  });

  it.each(TABLE)("applies $variable", ({ variable, value, effect, also }) => {
    expect(resolveConfig({}, { ...DESKTOP, ...also, [variable]: value })).toMatchObject(effect);
  });

  it.each(TABLE)("stops startup on a bad $variable", ({ variable, bad, accepted, also }) => {
    const env = { ...DESKTOP, ...also, [variable]: bad };
    const error = (() => {
      try {
        resolveConfig({}, env);
      } catch (caught) {
        return caught as ft.FletError;
      }
      throw new Error("no error");
    })();
    expect(error.code).toBe(ft.ErrorCode.CONFIG_INVALID);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(JSON.stringify(bad));
    expect(error.message).toContain(accepted);
  });

  it("lets an explicit option beat the variable, and names the option on error", () => {
    const env = { ...DESKTOP, FLET_SERVER_PORT: "8550", FLET_WEB_APP_PATH: "/a" };
    expect(resolveConfig({ port: 9000, webAppPath: "/b" }, env)).toMatchObject({
      port: 9000,
      appPath: "/b/",
    });
    expect(() => resolveConfig({ port: -1 }, env)).toThrow(/option "port" \(FLET_SERVER_PORT\)/);
  });

  it("refuses endpoints that collide, and bad allowed origins", () => {
    expect(() =>
      resolveConfig({ websocketEndpoint: "cb", oauthCallbackEndpoint: "cb" }, DESKTOP),
    ).toThrow(ft.ErrorCode.CONFIG_INVALID);
    expect(() => resolveConfig({ allowedOrigins: ["https://example.com/path"] }, DESKTOP)).toThrow(
      /allowedOrigins/,
    );
    expect(
      resolveConfig({ allowedOrigins: ["https://Example.com:443"] }, DESKTOP).allowedOrigins,
    ).toEqual(["https://example.com"]);
  });

  it("defaults allowedHosts to loopback names when the app listens on loopback by itself", () => {
    const loopback = ["localhost", "127.0.0.1", "[::1]"];
    expect(resolveConfig({}, DESKTOP).allowedHosts).toEqual(loopback);
    expect(resolveConfig({ host: "::1" }, DESKTOP).allowedHosts).toEqual(loopback);
    // Public binds and apps mounted in the user's own server answer any Host by default.
    expect(resolveConfig({ host: "0.0.0.0" }, DESKTOP).allowedHosts).toBeUndefined();
    expect(resolveConfig({ exportApp: true }, DESKTOP).allowedHosts).toBeUndefined();
    expect(resolveConfig({ allowedHosts: ["example.com:8443"] }, DESKTOP).allowedHosts).toEqual([
      "example.com:8443",
    ]);
    expect(() => resolveConfig({ allowedHosts: ["https://example.com"] }, DESKTOP)).toThrow(
      /Expected an entry of the option "allowedHosts" to be a host name/,
    );
  });

  it("turns dev mode on only when asked (FLET_TS_DEV or the option), whatever NODE_ENV says", () => {
    expect(resolveConfig({}, DESKTOP).dev).toBe(false);
    expect(resolveConfig({}, { ...DESKTOP, NODE_ENV: "development" }).dev).toBe(false);
    expect(resolveConfig({}, { ...DESKTOP, FLET_TS_DEV: "1" }).dev).toBe(true);
    expect(resolveConfig({ dev: false }, { ...DESKTOP, FLET_TS_DEV: "1" }).dev).toBe(false);
    expect(() => resolveConfig({}, { ...DESKTOP, FLET_TS_DEV: "maybe" })).toThrow(/FLET_TS_DEV/);
  });

  it("reads flet-ts run's hot reload flag, and refuses a bad one", () => {
    expect(resolveConfig({}, DESKTOP).hotReload).toBe(false);
    expect(resolveConfig({}, { ...DESKTOP, FLET_TS_HOT_RELOAD: "1" }).hotReload).toBe(true);
    expect(resolveConfig({ hotReload: false }, { FLET_TS_HOT_RELOAD: "1" }).hotReload).toBe(false);
    expect(() => resolveConfig({}, { ...DESKTOP, FLET_TS_HOT_RELOAD: "sometimes" })).toThrow(
      /FLET_TS_HOT_RELOAD/,
    );
  });

  it("looks for packs from the entry's folder, the working folder under a tool, or not at all", () => {
    expect(resolveConfig({ packsFrom: "/srv/app" }, DESKTOP).packsFrom).toBe("/srv/app");
    expect(resolveConfig({ packsFrom: false }, DESKTOP).packsFrom).toBeUndefined();
    // Under vitest the entry is vitest's own bin, inside node_modules.
    expect(resolveConfig({}, DESKTOP).packsFrom).toBe(process.cwd());
  });

  it("throws from ft.app at startup, synchronously for exportApp and as a rejection otherwise", async () => {
    const options = { ...testOptions, webRenderer: "canvaskit" as "html" };
    expect(() => ft.app(counterApp, { ...options, exportApp: true })).toThrow(/html, auto/);
    await expect(ft.app(counterApp, options)).rejects.toThrow(ft.ErrorCode.CONFIG_INVALID);
  });
});
