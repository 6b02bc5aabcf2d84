import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import * as ft from "flet-ts";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocketServer } from "ws";
import { baseOf, counterApp, openSocket, raw, testOptions } from "./helpers.js";

let server: Server | undefined;
let web: ft.WebApp | undefined;
afterEach(async () => {
  await web?.close(200);
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server!.close(resolve));
  }
  server = web = undefined;
});

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  server = createServer(handler).listen(0, "127.0.0.1");
  await new Promise((resolve) => server!.once("listening", resolve));
  return baseOf(server);
}

describe("WebApp", () => {
  it("serves the built-in browser client and its fonts when none is injected", async () => {
    const { getClientBundle: _, ...options } = testOptions;
    web = ft.app(counterApp, { ...options, exportApp: true });
    const base = await listen((req, res) => void web!.handler(req, res));
    const js = await raw(base, "/_flet/client.js");
    expect(js.status).toBe(200);
    expect(js.body.length).toBeGreaterThan(10_000);
    const font = await raw(base, "/_flet/fonts/roboto-400.css");
    expect([font.status, font.headers["content-type"]]).toEqual([200, "text/css; charset=utf-8"]);
    expect(font.headers["cache-control"]).toContain("max-age");
  }, 60_000);

  it("passes requests it does not own to next(), and answers 404 without it", async () => {
    web = ft.app(counterApp, { ...testOptions, exportApp: true, webAppPath: "/apps/myapp" });
    const base = await listen((req, res) => {
      void web!.handler(req, res, () => res.end("next"));
    });
    expect((await raw(base, "/elsewhere")).body).toBe("next");
    expect((await raw(base, "/apps/myapp/missing.js")).body).toBe("next");
    expect((await raw(base, "/apps/myapp/", { method: "POST" })).body).toBe("next");
    expect(
      (await raw(base, "/apps/myapp/deep/link", { headers: { accept: "text/html" } })).status,
    ).toBe(200);
    await web.close(0);
    server!.removeAllListeners("request");
    server!.on("request", (req, res) => void web!.handler(req, res));
    expect((await raw(base, "/elsewhere")).status).toBe(404);
  });

  it("answers index.html without caching, and HEAD without a body", async () => {
    web = ft.app(counterApp, { ...testOptions, exportApp: true });
    const base = await listen((req, res) => void web!.handler(req, res));
    const head = await raw(base, "/", { method: "HEAD" });
    expect([head.status, head.body, head.headers["cache-control"]]).toEqual([
      200,
      "",
      "private, no-cache",
    ]);
    const first = await raw(base, "/");
    const second = await raw(base, "/");
    const nonce = (html: string) => /nonce="([^"]+)"/.exec(html)?.[1];
    expect(nonce(first.body)).not.toBe(nonce(second.body));
  });

  it("leaves other upgrade paths to the server's other upgrade listeners", async () => {
    web = ft.app(counterApp, { ...testOptions, exportApp: true });
    server = web.attach(createServer()).listen(0, "127.0.0.1");
    await new Promise((resolve) => server!.once("listening", resolve));
    const ws = baseOf(server).replace("http", "ws");
    await expect(openSocket(`${ws}/other`)).rejects.toThrow("HTTP 404");
    const other = new WebSocketServer({ noServer: true });
    server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (req.url === "/other") other.handleUpgrade(req, socket, head, (client) => client.close());
    });
    (await openSocket(`${ws}/other`)).close();
    (await openSocket(`${ws}/ws`)).close();
    other.close();
  });

  it("accepts only the configured origins when allowedOrigins is set", async () => {
    web = ft.app(counterApp, {
      ...testOptions,
      exportApp: true,
      allowedOrigins: ["https://app.example.com"],
    });
    server = web.attach(createServer()).listen(0, "127.0.0.1");
    await new Promise((resolve) => server!.once("listening", resolve));
    const ws = `${baseOf(server).replace("http", "ws")}/ws`;
    (await openSocket(ws, { origin: "https://app.example.com" })).close();
    for (const origin of [
      baseOf(server), // same host, but not listed
      "https://app.example.com.evil.com",
      "http://app.example.com",
    ]) {
      await expect(openSocket(ws, { origin }), origin).rejects.toThrow("HTTP 403");
    }
  });

  it("refuses a DNS-rebinding request: a Host not in allowedHosts gets 403, HTTP and WebSocket", async () => {
    // What a loopback app gets by default (see the config test): loopback names only.
    web = ft.app(counterApp, {
      ...testOptions,
      exportApp: true,
      allowedHosts: ["localhost", "127.0.0.1", "[::1]"],
    });
    server = web.attach(createServer()).listen(0, "127.0.0.1");
    await new Promise((resolve) => server!.once("listening", resolve));
    const base = baseOf(server);
    const port = new URL(base).port;
    expect((await raw(base, "/")).status).toBe(200);
    expect((await raw(base, "/", { headers: { host: `localhost:${port}` } })).status).toBe(200);
    const rebound = await raw(base, "/", { headers: { host: `rebind.example:${port}` } });
    expect(rebound.status).toBe(403);
    expect(rebound.body).toContain("FLET_ERR_HOST_REFUSED");
    expect(rebound.body).toContain('"rebind.example:');
    // Host and Origin agree, so the Origin check alone would let it through.
    const ws = `${base.replace("http", "ws")}/ws`;
    await expect(
      openSocket(ws, {
        origin: `http://rebind.example:${port}`,
        headers: { host: `rebind.example:${port}` },
      }),
    ).rejects.toThrow("HTTP 403");
    (await openSocket(ws, { origin: base })).close();
  });

  it("answers any well-formed Host when mounted with exportApp and no allowedHosts", async () => {
    web = ft.app(counterApp, { ...testOptions, exportApp: true });
    const base = await listen((req, res) => void web!.handler(req, res));
    expect((await raw(base, "/", { headers: { host: "app.example.com" } })).status).toBe(200);
    expect((await raw(base, "/", { headers: { host: "bad host" } })).status).toBe(403);
  });

  it("links a page icon, the built-in one unless the assets have a favicon", async () => {
    web = ft.app(counterApp, { ...testOptions, exportApp: true, webAppPath: "/apps/x" });
    const base = await listen((req, res) => void web!.handler(req, res));
    const html = (await raw(base, "/apps/x/")).body;
    expect(html).toContain('<link rel="icon" href="/apps/x/_flet/favicon.svg">');
    const icon = await raw(base, "/apps/x/_flet/favicon.svg");
    expect([icon.status, icon.headers["content-type"]]).toEqual([200, "image/svg+xml"]);
    expect(icon.body).toMatch(/^<svg /);
  });
});
