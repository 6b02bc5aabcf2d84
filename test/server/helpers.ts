// Shared helpers of the server and adapter tests: raw HTTP requests (no URL
// normalisation), a WebSocket client driving the real protocol client, fixture apps.

import type { Server } from "node:http";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type * as ft from "flet-ts";
import { ClientConnection } from "flet-ts/client";
import { WebSocket } from "ws";
import { silentLogger } from "../../src/session/logger.js";
import { MemoryBrowser } from "../../src/testing/memory-browser.js";
import { WsTransport } from "../../src/transport/ws-transport.js";
import { Button, Label } from "../fixtures/mini-controls.js";

/** The client bundle tests inject instead of the real browser build. */
export const placeholderBundle = async () => ({
  js: "/* flet placeholder client */ console.log('flet');",
  css: "body { margin: 0 }",
  files: { "_flet/fonts/probe.css": fileURLToPath(new URL("./probe.css", import.meta.url)) },
});

/** Options every test app gets: quiet, placeholder client, short heartbeats. */
export const testOptions = {
  logger: silentLogger,
  getClientBundle: placeholderBundle,
  handleSignals: false,
  openBrowser: false,
} satisfies ft.AppOptions;

/** A counter page: a label "count: N" and a button "+1". */
export function counterApp(page: ft.Page): void {
  const label = new Label("count: 0");
  let count = 0;
  page.add(label, new Button("+1", { onClick: () => void (label.value = `count: ${++count}`) }));
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends a request with the literal `path` (no `..` normalisation, unlike fetch). */
export function raw(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: options.method ?? "GET",
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** `http://127.0.0.1:<port>` of a listening server. */
export function baseOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Reads `window.__FLET__` out of an index.html. */
export function injectedConfig(html: string): Record<string, unknown> {
  const match = /window\.__FLET__ = (.*?);<\/script>/.exec(html);
  if (!match) throw new Error("no injected config");
  return JSON.parse(match[1]!);
}

/** Opens a WebSocket; resolves when open, rejects with the HTTP status when refused. */
export function openSocket(url: string, options: ConstructorParameters<typeof WebSocket>[2] = {}) {
  return new Promise<WebSocket>((resolve, reject) => {
    const socket = new WebSocket(url, {
      origin: new URL(url).origin.replace("ws", "http"),
      ...options,
    });
    socket.once("open", () => resolve(socket));
    socket.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once("error", reject);
  });
}

/** A protocol client over a real WebSocket, once main's first controls arrived. */
export async function connectClient(
  wsUrl: string,
  options: ConstructorParameters<typeof WebSocket>[2] = {},
) {
  const socket = await openSocket(wsUrl, options);
  const client = new ClientConnection(new MemoryBrowser());
  client.connect(new WsTransport(socket, { heartbeatInterval: 0, logger: silentLogger }), {
    route: "/",
  });
  // Welcome carries the bare page; main's first controls follow in a patch.
  await until(() => client.state === "online" && Object.keys(client.replica.tree).length > 1);
  return { socket, client };
}

/** Waits until `condition` holds (polling), or fails after `ms`. */
export async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error("timed out waiting for a condition");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Finds the id of the node whose props contain `text` (label value or button text). */
export function findText(client: ClientConnection, text: string): string | undefined {
  for (const [id, node] of Object.entries(client.replica.tree)) {
    const props = node[1] as Record<string, unknown>;
    if (props.value === text || props.text === text) return id;
  }
  return undefined;
}
