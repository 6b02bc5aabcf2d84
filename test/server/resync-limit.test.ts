// A client asking for full snapshots in a loop gets at most one per second: the rest are
// merged into one deferred snapshot, so the server does not serialize the tree 100 times.
import { createServer, type Server } from "node:http";
import * as ft from "flet-ts";
import { afterEach, describe, expect, it } from "vitest";
import { ResyncGate } from "../../src/session/resync-gate.js";
import { baseOf, connectClient, testOptions, until } from "./helpers.js";

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

describe("resync", () => {
  it("answers a burst of 100 resync frames with two snapshots, the second deferred", async () => {
    web = ft.app(
      (page) => page.add(...Array.from({ length: 200 }, (_, i) => new ft.Text(`row ${i}`))),
      { ...testOptions, exportApp: true },
    );
    server = web.attach(createServer()).listen(0, "127.0.0.1");
    await new Promise((resolve) => server!.once("listening", resolve));
    const { socket } = await connectClient(`${baseOf(server).replace("http", "ws")}/ws`);
    let welcomes = 0;
    const errors: string[] = [];
    socket.on("message", (data) => {
      const message = JSON.parse(String(data));
      if (message?.type === "welcome") welcomes++;
      if (message?.type === "error") errors.push(message.code);
    });
    for (let i = 0; i < 100; i++) socket.send(JSON.stringify({ type: "resync" }));
    await until(() => welcomes === 2);
    // A round trip after the deferred snapshot: nothing else was queued behind it.
    socket.send("{nope");
    await until(() => errors.length === 1);
    expect(welcomes).toBe(2);
    socket.close();
  });
});

describe("ResyncGate", () => {
  it("sends at once, merges requests within the interval into one later send", () => {
    let now = 0;
    const scheduled: { run: () => void; ms: number; cancelled: boolean }[] = [];
    let sent = 0;
    const gate = new ResyncGate(
      1_000,
      () => void sent++,
      () => now,
      (run, ms) => {
        const entry = { run, ms, cancelled: false };
        scheduled.push(entry);
        return { cancel: () => void (entry.cancelled = true) };
      },
    );
    gate.request();
    expect([sent, scheduled.length]).toEqual([1, 0]);
    now = 300;
    gate.request();
    gate.request();
    expect(scheduled.map((s) => s.ms)).toEqual([700]);
    now = 1_000;
    scheduled[0]!.run();
    expect(sent).toBe(2);
    now = 2_500;
    gate.request();
    expect(sent).toBe(3);
    now = 2_600;
    gate.request();
    gate.cancel();
    expect(scheduled[1]!.cancelled).toBe(true);
  });
});
