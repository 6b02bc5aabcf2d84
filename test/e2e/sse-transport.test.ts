import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { raw } from "../server/helpers.js";
import { browserSuite, waitForText } from "./browser.js";
import { startNginx } from "./nginx.js";

const suite = browserSuite();

function counter(log: { clicks: number }) {
  return (page: ft.Page) => {
    const count = new ft.Text("count 0");
    page.add(
      count,
      new ft.ElevatedButton("Add", {
        onClick: () => {
          log.clicks++;
          count.value = `count ${log.clicks}`;
        },
      }),
    );
  };
}

/** Counts the tab's WebSockets and event-stream requests. */
function watch(page: Page): { sockets: number; streams: number } {
  const seen = { sockets: 0, streams: 0 };
  page.on("websocket", () => void seen.sockets++);
  page.on("request", (request) => {
    if (request.method() === "GET" && new URL(request.url()).pathname.endsWith("/ws/sse"))
      seen.streams++;
  });
  return seen;
}

/** Starts Debian's nginx in front of `upstream`, refusing every WebSocket upgrade. */
async function startProxy(upstream: string): Promise<{ url: string; stop(): Promise<void> }> {
  const target = new URL(upstream);
  const nginx = await startNginx({
    server: `location / {
      # A proxy that does not do WebSockets: an upgrade is refused, and never forwarded.
      if ($http_upgrade) { return 403; }
      proxy_pass http://${target.host};
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header Connection "";
      proxy_buffering off;
      proxy_read_timeout 1h;
    }`,
    ready: target.pathname,
  });
  return { url: `${nginx.origin}${target.pathname}`, stop: () => nginx.stop() };
}

describe("SSE + POST transport", () => {
  it("runs an app over SSE when forced, and reconnects after the stream drops without losing clicks", async () => {
    const log = { clicks: 0 };
    const app = await suite.serve(counter(log), { transport: "sse" });
    const page = await suite.newPage();
    const seen = watch(page);
    await page.goto(app.url);
    await page.getByRole("button", { name: "Add" }).click();
    await waitForText(page, "count 1");
    app.cutConnections();
    await page.getByRole("button", { name: "Add" }).click();
    await page.getByRole("button", { name: "Add" }).click();
    await waitForText(page, "count 3", 15_000);
    expect(log.clicks).toBe(3);
    expect(seen.sockets).toBe(0);
    expect(seen.streams).toBeGreaterThanOrEqual(2);
    expect(app.web.host.sessions.size).toBe(1);
    await expect.poll(() => page.getByRole("status").isHidden()).toBe(true);
  });

  it("falls back to SSE by itself when WebSockets cannot open", async () => {
    const log = { clicks: 0 };
    const app = await suite.serve(counter(log));
    app.refuseSockets(true);
    const page = await suite.newPage();
    const seen = watch(page);
    await page.goto(app.url);
    await waitForText(page, "count 0", 15_000);
    await page.getByRole("button", { name: "Add" }).click();
    await waitForText(page, "count 1");
    expect(seen.sockets).toBeGreaterThanOrEqual(2);
    expect(seen.streams).toBeGreaterThanOrEqual(1);
    expect(log.clicks).toBe(1);
  });

  it("works behind a real nginx that refuses WebSocket upgrades", async () => {
    const log = { clicks: 0 };
    const app = await suite.serve(counter(log));
    const nginx = await startProxy(app.url);
    try {
      const refused = await raw(nginx.url, "/ws", {
        headers: {
          Upgrade: "websocket",
          Connection: "Upgrade",
          "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
          "Sec-WebSocket-Version": "13",
        },
      });
      expect(refused.status).toBe(403);
      const page = await suite.newPage();
      const seen = watch(page);
      await page.goto(nginx.url);
      await waitForText(page, "count 0", 15_000);
      await page.getByRole("button", { name: "Add" }).click();
      await page.getByRole("button", { name: "Add" }).click();
      await waitForText(page, "count 2");
      expect(log.clicks).toBe(2);
      expect(seen.sockets).toBeGreaterThanOrEqual(2);
      expect(seen.streams).toBeGreaterThanOrEqual(1);
      expect(app.web.host.sessions.size).toBe(1);
    } finally {
      await nginx.stop();
    }
  });
});
