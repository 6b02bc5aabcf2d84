// A session started before its browser (the server-rendered first view, `ssr`): main runs
// once, the browser resumes that session by id and token and is welcomed with its tree,
// events reach it, and one whose browser never comes ends as an idle session does.
import * as ft from "flet-ts";
import { ClientConnection } from "flet-ts/client";
import { createMemoryTransportPair } from "flet-ts/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Button, Label } from "../fixtures/mini-controls.js";

let host: ft.AppHost | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await host?.close(0);
  host = undefined;
});

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("AppHost.prestart", () => {
  it("runs main once and lets the browser resume the session it made", async () => {
    const events: string[] = [];
    host = new ft.AppHost(
      (page) => {
        events.push(`main ${page.route}`);
        page.onConnect = () => void events.push("connect");
        const label = new Label("0");
        page.add(label, new Button("+1", { onClick: () => void (label.value = "1") }));
      },
      { logger: ft.silentLogger },
    );
    const session = (await host.prestart({ route: "/store", web: true }, 1_000))!;
    expect(session.store.snapshot().page?.[1].route).toBe("/store");
    const [server, client] = createMemoryTransportPair();
    const connection = new ClientConnection({ call: () => null });
    connection.restore(session.id, session.token);
    host.connect(server);
    connection.connect(client, { route: "/store", width: 800, height: 600 });
    await flush();
    expect(connection.sessionId).toBe(session.id);
    expect(host.sessionCount).toBe(1);
    const nodes = Object.entries(connection.replica.tree);
    const button = nodes.find(([, node]) => node[1].text === "+1")![0];
    connection.sendEvent(button, "click");
    await flush();
    expect(nodes.some(([, node]) => node[1].value === "1")).toBe(true);
    expect(session.page.width).toBe(800);
    expect(events).toEqual(["main /store"]);
  });

  it("ends a prestarted session whose browser never comes after idleSessionTimeout", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    host = new ft.AppHost((page) => page.add(new Label("hi")), {
      logger: ft.silentLogger,
      idleSessionTimeout: 60,
    });
    const prestart = host.prestart({ route: "/" }, 1_000);
    await vi.advanceTimersByTimeAsync(0);
    await prestart;
    expect(host.sessionCount).toBe(1);
    await vi.advanceTimersByTimeAsync(61_000);
    expect(host.sessionCount).toBe(0);
  });
});
