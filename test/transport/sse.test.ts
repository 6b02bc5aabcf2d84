import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as ft from "flet-ts";
import { Subject } from "rxjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SseTransport as BrowserSseTransport } from "../../src/browser/sse-transport.js";
import { SseEndpoint } from "../../src/server/sse-endpoint.js";
import { silentLogger } from "../../src/session/logger.js";
import { createMemoryTransportPair } from "../../src/transport/memory-transport.js";
import type { SseTransport } from "../../src/transport/sse-transport.js";
import { placeholderBundle, raw } from "../server/helpers.js";
import { transportConformance } from "./conformance.js";
import { fetchWithOrigin, NodeEventSource } from "./event-source.js";

const realFetch = globalThis.fetch;
let base = "";
let server: Server;
let endpoint: SseEndpoint;
let accepted: ((transport: SseTransport) => void) | undefined;

beforeAll(async () => {
  (globalThis as { EventSource?: unknown }).EventSource = NodeEventSource;
  endpoint = new SseEndpoint({
    allowedOrigins: undefined,
    maxFrameBytes: 1024 * 1024,
    logger: silentLogger,
    refused: () => {},
    connect: (transport) => accepted?.(transport),
  });
  server = createServer((req, res) => void endpoint.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A browser sends its page's Origin with every POST.
  globalThis.fetch = fetchWithOrigin(base);
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  endpoint.closeAll();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function ssePair() {
  const serverSide = new Promise<SseTransport>((resolve) => (accepted = resolve));
  const client = new BrowserSseTransport(`${base}/ws/sse`, new Subject<string>());
  const serverEnd = await serverSide;
  return {
    server: serverEnd,
    client,
    async dispose() {
      client.close();
      serverEnd.close();
    },
  };
}

transportConformance("memory pair", async () => {
  const [server, client] = createMemoryTransportPair();
  return { server, client, dispose: async () => server.close() };
});

transportConformance("SSE + POST", ssePair);

describe("SSE endpoint limits and checks", () => {
  it("refuses a POST from another origin, and one naming no stream", async () => {
    const pair = await ssePair();
    try {
      const id = (pair.server as SseTransport).id;
      const foreign = await realFetch(`${base}/ws/sse?c=${id}`, {
        method: "POST",
        headers: { Origin: "https://evil.example" },
        body: '["x"]',
      });
      expect(foreign.status).toBe(403);
      const unknown = await realFetch(`${base}/ws/sse?c=nope`, {
        method: "POST",
        headers: { Origin: base },
        body: '["x"]',
      });
      expect(unknown.status).toBe(404);
    } finally {
      await pair.dispose();
    }
  });

  it("refuses a cross-site event stream", async () => {
    const response = await realFetch(`${base}/ws/sse`, {
      headers: { Origin: "https://evil.example" },
    });
    expect(response.status).toBe(403);
    const noOrigin = await realFetch(`${base}/ws/sse`, {
      headers: { "Sec-Fetch-Site": "cross-site" },
    });
    expect(noOrigin.status).toBe(403);
  });

  it("answers 413 to frames past twice the frame limit and closes the stream", async () => {
    const pair = await ssePair();
    const id = (pair.server as SseTransport).id;
    const response = await realFetch(`${base}/ws/sse?c=${id}`, {
      method: "POST",
      headers: { Origin: base },
      body: JSON.stringify(["y".repeat(2 * 1024 * 1024 + 10)]),
    }).catch(() => undefined);
    if (response) expect(response.status).toBe(413);
    expect(pair.server.open).toBe(false);
    await pair.dispose();
  });

  it("tells the browser end the close code (4000: taken over)", async () => {
    const pair = await ssePair();
    const done = new Promise<void>((resolve) =>
      pair.client.messages.subscribe({ complete: () => resolve() }),
    );
    pair.server.close(4000, "replaced");
    await done;
    expect((pair.client as BrowserSseTransport).closeCode).toBe(4000);
  });
});

describe("SSE through the WebApp", () => {
  it("serves the endpoint under the WebSocket path, refusing foreign Hosts", async () => {
    const web = ft.app(() => {}, {
      exportApp: true,
      logger: silentLogger,
      getClientBundle: placeholderBundle,
      allowedHosts: ["127.0.0.1"],
      transport: "sse",
    });
    const http = web.attach(createServer());
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    try {
      const index = await (await realFetch(`${url}/`)).text();
      expect(index).toContain('"transport":"sse"');
      const controller = new AbortController();
      const stream = await realFetch(`${url}/ws/sse`, { signal: controller.signal });
      expect(stream.headers.get("content-type")).toContain("text/event-stream");
      controller.abort();
      const foreign = await raw(url, "/ws/sse", { headers: { Host: "evil.example" } });
      expect(foreign.status).toBe(403);
    } finally {
      http.closeAllConnections();
      await web.close();
      await new Promise((resolve) => http.close(resolve));
    }
  });
});
