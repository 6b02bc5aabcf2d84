// Session exhaustion: one client opening sessions in a loop and walking away cannot lock
// real users out (bounded waiting sessions, idle timeout, eviction at the limit,
// per-client rate), and a frame flood costs the flooder its connection, not its events.
import * as ft from "flet-ts";
import { ClientConnection } from "flet-ts/client";
import { createMemoryTransportPair } from "flet-ts/protocol";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Button, Label } from "../fixtures/mini-controls.js";

let host: ft.AppHost | undefined;
let t: Tester | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await host?.close(0);
  await t?.close();
  host = t = undefined;
});

const flush = () => new Promise((resolve) => setImmediate(resolve));

/** Opens a session on `host`; resolves with its client once welcomed (or refused). */
async function visit(app: ft.AppHost, info: ft.ConnectionInfo = {}) {
  const [server, client] = createMemoryTransportPair();
  const connection = new ClientConnection({ call: () => null });
  const errors: string[] = [];
  connection.updates.subscribe((update) => {
    if (update.kind === "error") errors.push(update.error.code);
  });
  app.connect(server, info);
  connection.connect(client);
  await flush();
  return { connection, client, errors, leave: () => client.close() };
}

describe("session limits", () => {
  it("ends a session that never received an event after idleSessionTimeout, a used one after sessionTimeout", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    host = new ft.AppHost((page) => page.add(new Button("go", { onClick: () => {} })), {
      logger: ft.silentLogger,
      idleSessionTimeout: 60,
      sessionTimeout: 3600,
    });
    const idle = await visit(host);
    const used = await visit(host);
    const button = Object.entries(used.connection.replica.tree).find(
      ([, node]) => node[1].text === "go",
    )![0];
    used.connection.sendEvent(button, "click");
    await flush();
    idle.leave();
    used.leave();
    await flush();
    expect([host.sessionCount, host.waitingSessionCount]).toEqual([2, 2]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(host.sessions.has(used.connection.sessionId!)).toBe(true);
    expect(host.sessions.has(idle.connection.sessionId!)).toBe(false);
    await vi.advanceTimersByTimeAsync(3_540_000);
    expect(host.sessionCount).toBe(0);
  });

  it("keeps at most maxDetachedSessions waiting: the oldest to leave ends first", async () => {
    host = new ft.AppHost(() => {}, { logger: ft.silentLogger, maxDetachedSessions: 2 });
    const visits = [];
    for (let i = 0; i < 4; i++) visits.push(await visit(host));
    for (const v of visits) {
      v.leave();
      await flush();
    }
    const ids = visits.map((v) => v.connection.sessionId!);
    expect([...host.sessions.keys()]).toEqual(ids.slice(2));
  });

  it("at maxSessions, lets a new visitor in by ending the session that waited longest", async () => {
    host = new ft.AppHost(() => {}, { logger: ft.silentLogger, maxSessions: 3 });
    const [a, b, c] = [await visit(host), await visit(host), await visit(host)];
    b.leave();
    await flush();
    a.leave();
    await flush();
    const d = await visit(host);
    expect(d.errors).toEqual([]);
    expect(d.connection.state).toBe("online");
    // b left first, so b made room; a still waits and c is still connected.
    expect(new Set(host.sessions.keys())).toEqual(
      new Set([a, c, d].map((v) => v.connection.sessionId!)),
    );
    // With every session connected, there is no one to replace: refused, and retried.
    const e = await visit(host);
    expect(host.sessionCount).toBe(3);
    const f = await visit(host);
    expect(f.errors).toEqual([ft.ErrorCode.SESSION_LIMIT]);
    expect(f.connection.state).toBe("busy");
    expect(e.errors).toEqual([]);
  });

  it("refuses a client address opening sessions faster than newSessionsPerClient, not others", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    host = new ft.AppHost(() => {}, {
      logger: ft.silentLogger,
      newSessionsPerClient: { perSecond: 1, burst: 5 },
    });
    const flood = [];
    for (let i = 0; i < 8; i++) flood.push(await visit(host, { ip: "203.0.113.9" }));
    expect(flood.map((v) => v.errors.length)).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
    expect(flood[7]!.errors).toEqual([ft.ErrorCode.SESSION_LIMIT]);
    expect((await visit(host, { ip: "198.51.100.4" })).errors).toEqual([]);
    vi.advanceTimersByTime(2_000);
    expect((await visit(host, { ip: "203.0.113.9" })).errors).toEqual([]);
    expect(host.sessionCount).toBe(7);
  });

  it("cuts a connection that floods frames, keeps its session, and loses none of its events", async () => {
    const label = new Label("0");
    t = await createTester(
      (page) =>
        page.add(
          label,
          new Button("+1", {
            onClick: () => void (label.value = String(Number(label.value) + 1)),
          }),
        ),
      { framesPerConnection: { perSecond: 0.001, burst: 8 } },
    );
    const session = t.page.sessionId;
    for (let i = 0; i < 12; i++) await t.tap(t.find.text(/^\+1$/));
    // 8 frames went through; the 9th cut the connection; the rest wait in the outbox.
    expect(label.value).toBe("8");
    expect(t.client.state).not.toBe("online");
    expect(t.client.pendingEvents.length).toBe(4);
    await t.reconnect();
    expect(label.value).toBe("12");
    expect(t.page.sessionId).toBe(session);
    expect(t.client.pendingEvents).toHaveLength(0);
  });
});
