// Each FLET_* variable changes what a running app does (resolution itself is in config.test.ts).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ft from "flet-ts";
import { ClientConnection } from "flet-ts/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { UploadSigner } from "../../src/server/uploads.js";
import { silentLogger } from "../../src/session/logger.js";
import { MemoryBrowser } from "../../src/testing/memory-browser.js";
import { WsTransport } from "../../src/transport/ws-transport.js";
import {
  connectClient,
  counterApp,
  findText,
  injectedConfig,
  openSocket,
  raw,
  testOptions,
  until,
} from "./helpers.js";

let running: ft.RunningApp | undefined;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flet-env-"));
  vi.stubEnv("DISPLAY", ":0");
  vi.stubEnv("FLET_SERVER_PORT", "0");
});
afterEach(async () => {
  await running?.close();
  running = undefined;
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

const start = async (options: Omit<ft.AppOptions, "exportApp"> = {}) => {
  running = await ft.app(counterApp, { ...testOptions, ...options });
  return { base: `http://127.0.0.1:${running.port}`, running };
};

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe("FLET_* variables, as a running app sees them", () => {
  it("FLET_SERVER_PORT and FLET_SERVER_IP choose where it listens", async () => {
    const port = await freePort();
    vi.stubEnv("FLET_SERVER_PORT", String(port));
    vi.stubEnv("FLET_SERVER_IP", "127.0.0.1");
    const { running } = await start();
    expect(running.port).toBe(port);
    expect(running.url).toBe(`http://127.0.0.1:${port}/`);
  });

  it("FLET_FORCE_WEB_SERVER listens on all interfaces", async () => {
    vi.stubEnv("FLET_FORCE_WEB_SERVER", "1");
    const { running } = await start();
    expect(running.webApp.config).toMatchObject({ webServer: true, host: "0.0.0.0" });
    expect((await raw(`http://127.0.0.1:${running.port}`, "/")).status).toBe(200);
  });

  it("FLET_WEB_APP_PATH and the three endpoint variables move everything, index.html included", async () => {
    vi.stubEnv("FLET_WEB_APP_PATH", "/apps/myapp");
    vi.stubEnv("FLET_WEBSOCKET_HANDLER_ENDPOINT", "live");
    vi.stubEnv("FLET_UPLOAD_DIR", dir);
    vi.stubEnv("FLET_UPLOAD_HANDLER_ENDPOINT", "files");
    vi.stubEnv("FLET_OAUTH_CALLBACK_HANDLER_ENDPOINT", "auth/done");
    const { base, running } = await start();
    expect(running.url).toMatch(/\/apps\/myapp\/$/);
    const config = injectedConfig((await raw(base, "/apps/myapp/")).body);
    expect(config).toMatchObject({
      appPath: "/apps/myapp/",
      wsPath: "/apps/myapp/live",
      uploadPath: "/apps/myapp/files",
      oauthCallbackPath: "/apps/myapp/auth/done",
    });
    const { socket, client } = await connectClient(`${base.replace("http", "ws")}/apps/myapp/live`);
    await until(() => findText(client, "count: 0") !== undefined);
    socket.close();
    expect((await raw(base, "/apps/myapp/files")).status).toBe(405);
    expect((await raw(base, "/apps/myapp/auth/done")).status).toBe(400);
    expect((await raw(base, "/apps/myapp/ws")).status).toBe(404);
    expect((await raw(base, "/")).status).toBe(404);
    await expect(openSocket(`${base.replace("http", "ws")}/apps/myapp/ws`)).rejects.toThrow(
      "HTTP 404",
    );
  });

  it("FLET_ASSETS_DIR is served at the app root", async () => {
    await writeFile(join(dir, "hello.txt"), "from assets");
    vi.stubEnv("FLET_ASSETS_DIR", dir);
    const { base } = await start();
    expect((await raw(base, "/hello.txt")).body).toBe("from assets");
  });

  it("links the assets' favicon.png as the page icon when there is one", async () => {
    await writeFile(join(dir, "favicon.png"), "png");
    vi.stubEnv("FLET_ASSETS_DIR", dir);
    const { base } = await start();
    expect((await raw(base, "/")).body).toContain('<link rel="icon" href="/favicon.png">');
    expect((await raw(base, "/favicon.png")).status).toBe(200);
  });

  it("serves HTML and SVG assets sandboxed, so they cannot run script as the app", async () => {
    await writeFile(join(dir, "page.html"), "<script>alert(document.cookie)</script>");
    await writeFile(join(dir, "logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    await writeFile(join(dir, "photo.txt"), "plain");
    vi.stubEnv("FLET_ASSETS_DIR", dir);
    const { base } = await start();
    for (const file of ["page.html", "logo.svg"]) {
      const response = await raw(base, `/${file}`);
      expect([response.status, response.headers["content-security-policy"]]).toEqual([
        200,
        "sandbox",
      ]);
    }
    expect((await raw(base, "/photo.txt")).headers["content-security-policy"]).toBeUndefined();
  });

  it("refuses an upload directory inside the served assets directory at startup", async () => {
    vi.stubEnv("FLET_ASSETS_DIR", dir);
    vi.stubEnv("FLET_UPLOAD_DIR", join(dir, "uploads"));
    await expect(start()).rejects.toThrow(
      /Expected the upload directory \(uploadDir, FLET_UPLOAD_DIR\) to be a directory outside the assets directory/,
    );
  });

  it("FLET_UPLOAD_DIR creates the upload endpoint; FLET_MAX_UPLOAD_SIZE caps it", async () => {
    const { base } = await start();
    expect((await raw(base, "/upload", { method: "PUT" })).status).toBe(404);
    await running!.close();
    vi.stubEnv("FLET_UPLOAD_DIR", dir);
    vi.stubEnv("FLET_MAX_UPLOAD_SIZE", "10");
    const second = await start();
    const get = await raw(second.base, "/upload");
    expect([get.status, get.headers.allow]).toEqual([405, "PUT"]);
    const unsigned = await raw(second.base, "/upload", {
      method: "PUT",
      headers: { "content-length": "0" },
    });
    expect(unsigned.status).toBe(403);
    // A URL signed with the app's key for a live session, as page.getUploadUrl makes it.
    const { socket, client } = await connectClient(`${second.base.replace("http", "ws")}/ws`);
    const { config } = second.running.webApp;
    const signer = new UploadSigner({
      secretKey: config.secretKey,
      path: config.uploadPath!,
      maxUploadSize: config.maxUploadSize,
    });
    const sid = client.sessionId!;
    const big = await raw(second.base, signer.sign(sid, "big.txt", 60), {
      method: "PUT",
      headers: { "content-length": "11" },
    });
    expect(big.status).toBe(413);
    const small = await raw(second.base, signer.sign(sid, "empty.txt", 60), {
      method: "PUT",
      headers: { "content-length": "0" },
    });
    expect(small.status).toBe(200);
    const ended = await raw(second.base, signer.sign("no-such-session", "x.txt", 60), {
      method: "PUT",
      headers: { "content-length": "0" },
    });
    expect([ended.status, ended.body]).toEqual([
      403,
      "The session that made this upload URL has ended.\n",
    ]);
    const foreign = await raw(second.base, signer.sign(sid, "y.txt", 60), {
      method: "PUT",
      headers: { "content-length": "0", origin: "https://evil.example" },
    });
    expect(foreign.status).toBe(403);
    socket.close();
  });

  it("FLET_SECRET_KEY silences the warning about per-process upload keys", async () => {
    const logger = { ...silentLogger, warn: vi.fn() };
    vi.stubEnv("FLET_UPLOAD_DIR", dir);
    await start({ logger });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("FLET_SECRET_KEY is not set"));
    await running!.close();
    logger.warn.mockClear();
    vi.stubEnv("FLET_SECRET_KEY", "a-long-enough-secret-key");
    const second = await start({ logger });
    expect(second.running.webApp.config.secretKey).toBe("a-long-enough-secret-key");
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it("FLET_SESSION_TIMEOUT decides how long a disconnected session can be resumed", async () => {
    vi.stubEnv("FLET_SESSION_TIMEOUT", "0");
    const { base, running } = await start();
    const { socket, client } = await connectClient(`${base.replace("http", "ws")}/ws`);
    socket.close();
    await until(() => running.webApp.host.sessions.size === 0);
    const again = new ClientConnection(new MemoryBrowser());
    again.restore(client.sessionId!, client.token!);
    const next = await openSocket(`${base.replace("http", "ws")}/ws`);
    again.connect(new WsTransport(next, { heartbeatInterval: 0, logger: silentLogger }));
    await until(() => again.state === "expired");
  });

  it("FLET_OAUTH_STATE_TIMEOUT is kept for the OAuth flow", async () => {
    vi.stubEnv("FLET_OAUTH_STATE_TIMEOUT", "30");
    const { running } = await start();
    expect(running.webApp.config.oauthStateTimeout).toBe(30);
  });

  it("FLET_WEB_RENDERER, FLET_WEB_USE_COLOR_EMOJI and FLET_WEB_ROUTE_URL_STRATEGY reach the browser", async () => {
    vi.stubEnv("FLET_WEB_RENDERER", "auto");
    vi.stubEnv("FLET_WEB_USE_COLOR_EMOJI", "true");
    vi.stubEnv("FLET_WEB_ROUTE_URL_STRATEGY", "hash");
    const { base } = await start();
    expect(injectedConfig((await raw(base, "/")).body)).toMatchObject({
      renderer: "html",
      useColorEmoji: true,
      routeUrlStrategy: "hash",
    });
  });
});
