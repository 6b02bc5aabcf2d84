// A moved WebSocket endpoint under an app path, end to end: the page connects through
// the moved endpoint (set by option or by FLET_WEBSOCKET_HANDLER_ENDPOINT), a click
// round-trips, and the default endpoint is gone.
import { once } from "node:events";
import * as ft from "flet-ts";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { browserSuite, type TestApp, waitForText } from "./browser.js";

const suite = browserSuite();
let app: TestApp | undefined;
let page: Page | undefined;
afterEach(() => {
  delete process.env.FLET_WEBSOCKET_HANDLER_ENDPOINT;
});

function counter(pg: ft.Page): void {
  const count = new ft.Text("count 0");
  pg.add(
    count,
    new ft.ElevatedButton("Add", {
      onClick: () => {
        count.value = `count ${Number(count.value?.slice(6)) + 1}`;
      },
    }),
  );
}

/** The HTTP status a WebSocket handshake on `url` gets, or 101 when it opens. */
async function handshake(url: string): Promise<number> {
  const ws = new WebSocket(url);
  const [result] = await Promise.race([
    once(ws, "open").then(() => [101]),
    once(ws, "unexpected-response").then(([, res]) => [res.statusCode as number]),
  ]);
  ws.terminate();
  return result!;
}

describe.each([
  ["the websocketEndpoint option", () => ({ websocketEndpoint: "socket" })],
  [
    "FLET_WEBSOCKET_HANDLER_ENDPOINT",
    () => {
      process.env.FLET_WEBSOCKET_HANDLER_ENDPOINT = "socket";
      return {};
    },
  ],
] as const)("a WebSocket endpoint moved by %s under /apps/myapp", (_name, setUp) => {
  it("carries the session, and the default endpoint is gone", async () => {
    app = await suite.serve(counter, { webAppPath: "/apps/myapp", ...setUp() });
    expect(app.web.config.wsPath).toBe("/apps/myapp/socket");
    page = await suite.newPage();
    const sockets: string[] = [];
    page.on("websocket", (ws) => sockets.push(ws.url()));
    await page.goto(app.url);
    await waitForText(page, "count 0");
    await page.getByRole("button", { name: "Add" }).click();
    await waitForText(page, "count 1");
    const origin = new URL(app.url).host;
    expect(sockets).toEqual([`ws://${origin}/apps/myapp/socket`]);
    expect(await handshake(`ws://${origin}/apps/myapp/ws`)).toBe(404);
    expect(await handshake(`ws://${origin}/ws`)).toBe(404);
  });
});
