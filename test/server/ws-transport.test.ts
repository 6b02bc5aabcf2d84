import { createServer, type Server } from "node:http";
import * as ft from "flet-ts";
import { ClientConnection } from "flet-ts/client";
import { afterEach, describe, expect, it } from "vitest";
import type { WebSocket } from "ws";
import { silentLogger } from "../../src/session/logger.js";
import { MemoryBrowser } from "../../src/testing/memory-browser.js";
import { WsTransport } from "../../src/transport/ws-transport.js";
import { Button, Label } from "../fixtures/mini-controls.js";
import {
  baseOf,
  connectClient,
  counterApp,
  findText,
  openSocket,
  testOptions,
  until,
} from "./helpers.js";

let web: ft.WebApp | undefined;
let server: Server | undefined;
afterEach(async () => {
  await web?.close(500);
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server!.close(resolve));
  }
  web = server = undefined;
});

async function host(main: ft.AppMain, options: ft.AppOptions = {}): Promise<string> {
  web = ft.app(main, { ...testOptions, ...options, exportApp: true });
  server = web.attach(createServer()).listen(0, "127.0.0.1");
  await new Promise((resolve) => server!.once("listening", resolve));
  return `${baseOf(server).replace("http", "ws")}/ws`;
}

const closed = (socket: WebSocket) =>
  new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));

/** A page whose "flood" button sends `count` patches of `size` characters, awaiting between. */
function floodApp(count: number, size: number) {
  return (page: ft.Page) => {
    const label = new Label("idle");
    page.add(
      label,
      new Button("flood", {
        onClick: async () => {
          for (let i = 0; i < count && !page.signal.aborted; i++) {
            label.value = `${i}:${"x".repeat(size)}`;
            label.update();
            await new Promise((resolve) => setImmediate(resolve));
          }
        },
      }),
    );
    counterApp(page);
  };
}

describe("WsTransport", () => {
  describe("frame size", () => {
    it("answers a frame over the limit with a clear error and keeps the session", async () => {
      const url = await host(counterApp, { maxFrameBytes: 1024 });
      const { socket, client } = await connectClient(url);
      const errors: string[] = [];
      client.updates.subscribe(
        (update) => update.kind === "error" && errors.push(update.error.code),
      );
      client.sendEvent(findText(client, "+1")!, "click", "y".repeat(1500));
      await until(() => errors.length > 0);
      expect(errors).toEqual([ft.ErrorCode.PROTOCOL_FRAME_TOO_LARGE]);
      socket.close();
    });

    it("closes with 1009 on a frame far over the limit, and the server keeps serving", async () => {
      const url = await host(counterApp, { maxFrameBytes: 1024 });
      const { socket } = await connectClient(url);
      const code = closed(socket);
      socket.send("z".repeat(4096));
      expect(await code).toBe(1009);
      const other = await connectClient(url);
      other.client.sendEvent(findText(other.client, "+1")!, "click");
      await until(() => findText(other.client, "count: 1") !== undefined);
      other.socket.close();
    });

    it("refuses binary frames with close 1003", async () => {
      const { socket } = await connectClient(await host(counterApp));
      const code = closed(socket);
      socket.send(Buffer.from([1, 2, 3]));
      expect(await code).toBe(1003);
    });
  });

  describe("backpressure", () => {
    it("cuts off a client that stops reading, without harming other sessions; it can resume", async () => {
      const warnings: string[] = [];
      const logger = { ...silentLogger, warn: (message: string) => void warnings.push(message) };
      const url = await host(floodApp(400, 64 * 1024), { maxBufferedBytes: 256 * 1024, logger });
      const slow = await connectClient(url);
      const fast = await connectClient(url);
      const cut = closed(slow.socket);
      // Stop reading: the server's writes pile up in its buffer.
      (slow.socket as unknown as { _socket: { pause(): void } })._socket.pause();
      slow.client.sendEvent(findText(slow.client, "flood")!, "click");
      const session = web!.host.sessions.get(slow.client.sessionId!)!;
      await until(() => !session.connected, 10_000);
      expect(warnings.join("\n")).toContain(ft.ErrorCode.TRANSPORT_SLOW_CLIENT);
      fast.client.sendEvent(findText(fast.client, "+1")!, "click");
      await until(() => findText(fast.client, "count: 1") !== undefined);
      expect(web!.host.sessions.has(slow.client.sessionId!)).toBe(true);
      (slow.socket as unknown as { _socket: { destroy(): void } })._socket.destroy();
      await cut;
      const again = new ClientConnection(new MemoryBrowser());
      again.restore(slow.client.sessionId!, slow.client.token!);
      again.connect(
        new WsTransport(await openSocket(url), { heartbeatInterval: 0, logger: silentLogger }),
      );
      await until(() => again.state === "online");
      expect(again.sessionId).toBe(slow.client.sessionId);
      fast.socket.close();
    });
  });

  describe("heartbeat", () => {
    it("terminates a peer that stops answering pings, and keeps live ones", async () => {
      const url = await host(counterApp, { heartbeatInterval: 40 });
      const dead = await connectClient(url, { autoPong: false });
      const live = await connectClient(url);
      const started = Date.now();
      expect(await closed(dead.socket)).toBe(1006);
      expect(Date.now() - started).toBeLessThan(1_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(live.socket.readyState).toBe(live.socket.OPEN);
      live.socket.close();
    });
  });
});
