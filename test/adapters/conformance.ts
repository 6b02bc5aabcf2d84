// The one conformance suite every way of hosting a WebApp must pass (node:http and each
// adapter), at the root and under a sub-path.
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ft from "flet-ts";
import { ClientConnection } from "flet-ts/client";
import { Subject } from "rxjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SseTransport } from "../../src/browser/sse-transport.js";
import { MemoryBrowser } from "../../src/testing/memory-browser.js";
import {
  connectClient,
  counterApp,
  findText,
  injectedConfig,
  openSocket,
  raw,
  testOptions,
  until,
} from "../server/helpers.js";
import { fetchWithOrigin, NodeEventSource } from "../transport/event-source.js";

/** How one server hosts the app: it must serve `GET /own` → "own" itself, if it can. */
export interface Hosting {
  name: string;
  /** Starts a server for `app` mounted at `appPath`; resolves to its base URL. */
  start(app: ft.WebApp, appPath: string): Promise<{ base: string; close(): Promise<void> }>;
  /** True when the server has routes of its own (`GET /own`). */
  ownRoutes: boolean;
}

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

async function makeAssets(): Promise<{ root: string; assets: string }> {
  const root = await mkdtemp(join(tmpdir(), "flet-conformance-"));
  const assets = join(root, "assets");
  await mkdir(join(assets, "sub"), { recursive: true });
  await mkdir(join(root, "assetsX"));
  await writeFile(join(assets, "logo.png"), PNG);
  await writeFile(join(assets, "sub", "hello.txt"), "hello");
  await writeFile(join(assets, ".env"), "CANARY dotfile");
  await writeFile(join(root, "secret.txt"), "CANARY outside");
  await writeFile(join(root, "assetsX", "canary.txt"), "CANARY sibling");
  await symlink(join(root, "secret.txt"), join(assets, "link.txt"));
  return { root, assets };
}

const TRAVERSALS = [
  "../secret.txt",
  "..%2fsecret.txt",
  "%2e%2e/secret.txt",
  "%2e%2e%2fsecret.txt",
  "%252e%252e%252fsecret.txt",
  "..\\secret.txt",
  "..%5csecret.txt",
  "sub/..%5c..%5csecret.txt",
  "logo.png%00.txt",
  "%00",
  "/etc/passwd",
  "%2fetc%2fpasswd",
  "C:%5cWindows%5cwin.ini",
  "%5c%5chost%5cshare",
  "../assetsX/canary.txt",
  "%2e%2e/assetsX/canary.txt",
  "link.txt",
  ".env",
];

/** Runs the conformance suite against one hosting. */
export function conformance(hosting: Hosting): void {
  describe.each(["/", "/apps/myapp/"])(`${hosting.name} at %s`, (appPath) => {
    let dirs: { root: string; assets: string };
    let web: ft.WebApp;
    let server: { base: string; close(): Promise<void> };
    const at = (path: string) => `${appPath}${path}`;

    beforeAll(async () => {
      dirs = await makeAssets();
      web = ft.app(counterApp, {
        ...testOptions,
        exportApp: true,
        webAppPath: appPath,
        assetsDir: dirs.assets,
      });
      server = await hosting.start(web, appPath);
    });
    afterAll(async () => {
      await web.close(1_000);
      await server.close();
      await rm(dirs.root, { recursive: true, force: true });
    });

    it("serves index.html with the config, base href and a nonce-based CSP", async () => {
      for (const path of [appPath, at("index.html"), ...(appPath === "/" ? [] : ["/apps/myapp"])]) {
        const res = await raw(server.base, path);
        expect(res.status, path).toBe(200);
        expect(res.headers["content-type"]).toMatch(/^text\/html/);
        expect(res.body).toContain(`<base href="${appPath}">`);
        expect(injectedConfig(res.body)).toMatchObject({
          appPath,
          wsPath: at("ws"),
          routeUrlStrategy: "path",
        });
        const nonce = /'nonce-([^']+)'/.exec(String(res.headers["content-security-policy"]))?.[1];
        expect(res.body).toContain(`<script nonce="${nonce}">`);
        expect(res.headers["content-security-policy"]).not.toContain("unsafe-eval");
      }
    });

    it("serves index.html for deep links that accept HTML (SPA fallback)", async () => {
      const res = await raw(server.base, at("store/1"), { headers: { accept: "text/html" } });
      expect(res.status).toBe(200);
      expect(injectedConfig(res.body).wsPath).toBe(at("ws"));
    });

    it("serves the client bundle, gzipped when accepted", async () => {
      const js = await raw(server.base, at("_flet/client.js"));
      expect(js.status).toBe(200);
      expect(js.headers["content-type"]).toMatch(/^text\/javascript/);
      expect(js.body).toContain("flet placeholder client");
      const gz = await raw(server.base, at("_flet/client.js"), {
        headers: { "accept-encoding": "gzip" },
      });
      expect(gz.headers["content-encoding"]).toBe("gzip");
      expect((await raw(server.base, at("_flet/client.css"))).body).toContain("margin");
      const font = await raw(server.base, at("_flet/fonts/probe.css"));
      expect([font.status, font.headers["content-type"]]).toEqual([200, "text/css; charset=utf-8"]);
      expect(font.body).toContain("probe");
      expect((await raw(server.base, at("_flet/fonts/other.css"))).status).toBe(404);
    });

    it("serves assets with type, validators and HEAD", async () => {
      const res = await raw(server.base, at("logo.png"));
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toBe("image/png");
      expect(res.headers["last-modified"]).toBeTruthy();
      const again = await raw(server.base, at("logo.png"), {
        headers: { "if-none-match": String(res.headers.etag) },
      });
      expect(again.status).toBe(304);
      const head = await raw(server.base, at("sub/hello.txt"), { method: "HEAD" });
      expect(head.status).toBe(200);
      expect(head.headers["content-length"]).toBe("5");
      expect(head.body).toBe("");
    });

    it("answers 404 for a missing asset", async () => {
      expect((await raw(server.base, at("missing.png"))).status).toBe(404);
    });

    it.each(TRAVERSALS)("refuses the traversal %s", async (path) => {
      const res = await raw(server.base, at(path));
      expect([400, 403, 404]).toContain(res.status);
      expect(res.body).not.toContain("CANARY");
    });

    it("runs a session over a real WebSocket: register, welcome, click, patch", async () => {
      const { socket, client } = await connectClient(
        `${server.base.replace("http", "ws")}${at("ws")}`,
      );
      await until(() => findText(client, "count: 0") !== undefined);
      client.sendEvent(findText(client, "+1")!, "click");
      await until(() => findText(client, "count: 1") !== undefined);
      socket.close();
    });

    it("runs a session over SSE + POST (the fallback transport): click, patch", async () => {
      const realFetch = globalThis.fetch;
      const origin = new URL(server.base).origin;
      const globals = globalThis as { EventSource?: unknown };
      const hadEventSource = globals.EventSource;
      globals.EventSource = NodeEventSource;
      globalThis.fetch = fetchWithOrigin(origin);
      const client = new ClientConnection(new MemoryBrowser());
      try {
        client.connect(new SseTransport(`${server.base}${at("ws/sse")}`, new Subject<string>()), {
          route: "/",
        });
        await until(() => findText(client, "count: 0") !== undefined);
        client.sendEvent(findText(client, "+1")!, "click");
        await until(() => findText(client, "count: 1") !== undefined);
      } finally {
        client.disconnect();
        globalThis.fetch = realFetch;
        globals.EventSource = hadEventSource;
      }
      const foreign = await raw(server.base, at("ws/sse"), {
        headers: { Origin: "http://evil.example" },
      });
      expect(foreign.status).toBe(403);
    });

    it("refuses WebSockets from a foreign or missing Origin, and on other paths", async () => {
      const url = `${server.base.replace("http", "ws")}${at("ws")}`;
      await expect(openSocket(url, { origin: "http://evil.example" })).rejects.toThrow("HTTP 403");
      await expect(openSocket(url, { origin: "null" })).rejects.toThrow("HTTP 403");
      await expect(openSocket(url, { origin: "" })).rejects.toThrow("HTTP 403");
      await expect(openSocket(`${server.base.replace("http", "ws")}${at("nope")}`)).rejects.toThrow(
        "HTTP 404",
      );
    });

    it("keeps the endpoints at their paths", async () => {
      expect((await raw(server.base, at("ws"))).status).toBe(426);
      expect((await raw(server.base, at("oauth_callback?state=x"))).status).toBe(400);
    });

    // Plain node:http has no routes of its own to leave alone.
    if (hosting.ownRoutes) {
      it("leaves the server's own routes alone", async () => {
        const res = await raw(server.base, "/own");
        expect(res.status).toBe(200);
        expect(res.body).toBe("own");
      });
    }
  });
}
