import * as ft from "flet-ts";
import { createMemoryTransportPair, PROTOCOL_VERSION } from "flet-ts/protocol";
import { createTester, type Tester } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import { Button, Input, Label } from "../fixtures/mini-controls.js";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function counter() {
  const label = new Label("0");
  const button = new Button("+1", {
    onClick: () => void (label.value = String(Number(label.value) + 1)),
  });
  return { label, button };
}

describe("reconnect", () => {
  it("replays the patches made while offline", async () => {
    const { label, button } = counter();
    const events: string[] = [];
    t = await createTester((page) => {
      page.onDisconnect = () => void events.push("disconnect");
      page.onConnect = () => void events.push("connect");
      page.add(label, button);
    });
    const sessionId = t.client.sessionId;
    await t.disconnect();
    label.value = "changed while offline";
    t.page.add(new Label("added while offline"));
    await t.reconnect();
    expect(t.client.sessionId).toBe(sessionId);
    expect(t.find.text("changed while offline").exists).toBe(true);
    expect(t.find.text("added while offline").exists).toBe(true);
    expect(events).toEqual(["disconnect", "connect"]);
  });

  it("delivers what the user did while offline exactly once", async () => {
    const { label, button } = counter();
    const typed: string[] = [];
    const input = new Input({ onChange: (e) => void typed.push(e.control.value ?? "") });
    t = await createTester((page) => page.add(label, button, input));
    await t.tap(t.find.text("+1"));
    await t.disconnect();
    await t.tap(t.find.text("+1"));
    await t.enterText(t.find.byType(Input), "typed offline");
    await t.tap(t.find.text("+1"));
    expect(label.value).toBe("1");
    expect(t.client.pendingEvents).toHaveLength(3);
    await t.reconnect();
    expect(label.value).toBe("3");
    expect(input.value).toBe("typed offline");
    expect(typed).toEqual(["typed offline"]);
    expect(t.client.pendingEvents).toHaveLength(0);
    // A second reconnect resends nothing and doubles nothing.
    await t.disconnect();
    await t.reconnect();
    expect(label.value).toBe("3");
    expect(t.find.text("3").exists).toBe(true);
  });

  it("sends a full snapshot when the replay log no longer reaches back", async () => {
    const { label, button } = counter();
    t = await createTester((page) => page.add(label, button), { replayBatches: 2 });
    await t.disconnect();
    for (let i = 0; i < 5; i++) {
      label.value = `offline ${i}`;
      label.update();
    }
    const patchesBefore = t.patches.length;
    await t.reconnect();
    expect(t.patches.length).toBe(patchesBefore); // a snapshot, not a replay
    expect(t.find.text("offline 4").exists).toBe(true);
    label.value = "5";
    await t.tap(t.find.text("+1"));
    expect(t.find.text("6").exists).toBe(true);
  });

  it("refuses a resume with a wrong token, and the session lives on", async () => {
    t = await createTester((page) => page.add(new Label("mine")));
    const session = t.client.sessionId!;
    await t.disconnect();
    t.client.restore(session, "A".repeat(43));
    await t.reconnect();
    expect(t.client.state).toBe("expired");
    expect(t.protocolErrors.at(-1)).toMatchObject({
      code: ft.ErrorCode.SESSION_UNKNOWN,
      fatal: true,
    });
    expect(t.page.sessionId).toBe(session);
  });

  it("rotates the resume token on every resume: a token seen once is dead after it", async () => {
    t = await createTester((page) => page.add(new Label("mine")));
    const session = t.client.sessionId!;
    const first = t.client.token!;
    await t.disconnect();
    await t.reconnect();
    const second = t.client.token!;
    expect(t.client.state).toBe("online");
    expect(second).not.toBe(first);
    expect(second).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // An eavesdropper replays the first token: refused, and the owner keeps the session.
    await t.disconnect();
    t.client.restore(session, first);
    await t.reconnect();
    expect(t.client.state).toBe("expired");
    expect(t.protocolErrors.at(-1)).toMatchObject({ code: ft.ErrorCode.SESSION_UNKNOWN });
    t.client.restore(session, second);
    await t.reconnect();
    expect(t.client.state).toBe("online");
    expect(t.find.text("mine").exists).toBe(true);
  });

  it("expires a disconnected session after the timeout: willUnmount, onClose, then 'expired'", async () => {
    const log: string[] = [];
    class Watched extends Label {
      override willUnmount() {
        log.push("willUnmount");
      }
    }
    t = await createTester(
      (page) => {
        page.onClose = () => void log.push("onClose");
        page.add(new Watched("x"));
      },
      { sessionTimeout: 60 },
    );
    await t.disconnect();
    await t.pump(59_000);
    expect(log).toEqual([]);
    await t.pump(1_000);
    expect(log).toEqual(["willUnmount", "onClose"]);
    await t.reconnect();
    expect(t.client.state).toBe("expired");
  });

  it("hands what the user typed to a new session when the server lost the old one", async () => {
    const restored: ft.PageRestoreEvent[] = [];
    const clicks: string[] = [];
    t = await createTester(
      (page) => {
        page.onRestore = (e) => void restored.push(e);
        page.add(
          new Label("form"),
          new Input({ label: "name" }),
          new Button("+1", { onClick: () => void clicks.push(page.sessionId) }),
        );
      },
      { sessionTimeout: 60, restoreExpired: true },
    );
    const first = t.page.sessionId;
    await t.enterText(t.find.byType(Input), "Ada");
    await t.disconnect();
    await t.enterText(t.find.byType(Input), "Ada Lovelace");
    await t.tap(t.find.text("+1"));
    await t.pump(60_000); // the server forgets the session (as after a restart)
    await t.reconnect(); // refused: the client keeps the input and forgets the old identity
    expect(t.client.state).toBe("offline");
    expect(t.client.sessionId).toBeUndefined();
    await t.reconnect(); // a new session, handed the input
    expect(t.client.state).toBe("online");
    expect(t.page.sessionId).not.toBe(first);
    expect((t.find.byType(Input).first as Input).value).toBe("Ada Lovelace");
    expect(t.find.text("Ada Lovelace").exists).toBe(false); // a value, not a label
    expect(t.client.replica.tree).toSatisfy((tree: Record<string, [string, { value?: string }]>) =>
      Object.values(tree).some((node) => node[1].value === "Ada Lovelace"),
    );
    expect(restored).toHaveLength(1);
    const [event] = restored;
    expect(event!.values.map((v) => [v.control.constructor.name, v.name, v.value])).toEqual([
      ["Input", "value", "Ada Lovelace"],
    ]);
    expect(event!.events.map((e) => [e.control.constructor.name, e.name])).toEqual([
      ["Input", "change"],
      ["Button", "click"],
    ]);
    expect(event!.unplaced).toEqual([]);
    // Handlers of the lost events are not run again by themselves.
    expect(clicks).toEqual([]);
  });

  it("stops at 'expired' without restoreExpired, as before", async () => {
    t = await createTester((page) => page.add(new Input({ label: "name" })), {
      sessionTimeout: 60,
    });
    await t.disconnect();
    await t.pump(60_000);
    await t.reconnect();
    expect(t.client.state).toBe("expired");
  });

  it("places only two-way values of the declared kind, at the same place and type", async () => {
    const restored: ft.PageRestoreEvent[] = [];
    const host = new ft.AppHost(
      (page) => {
        page.onRestore = (e) => void restored.push(e);
        page.add(new Input({ label: "name" }), new Label("x"));
      },
      { logger: ft.silentLogger },
    );
    const [server, client] = createMemoryTransportPair();
    host.connect(server);
    // A hand-made register: what a hostile or confused client might send.
    client.send(
      JSON.stringify({
        type: "register",
        v: PROTOCOL_VERSION,
        client: {},
        restore: {
          values: [
            { path: ["views", 0, "controls", 0], type: "test.input", props: { value: "ok" } },
            { path: ["views", 0, "controls", 0], type: "test.input", props: { label: "no" } },
            { path: ["views", 0, "controls", 1], type: "test.input", props: { value: "x" } },
            { path: ["views", 0, "controls", 0], type: "test.input", props: { value: {} } },
            { path: ["nope", 99], type: "test.input", props: { value: "lost" } },
            "garbage",
          ],
          events: [{ path: ["views", 0, "controls", 0], type: "test.input", name: "submit" }],
        },
      }),
    );
    const until = async () => {
      for (let i = 0; i < 100 && restored.length === 0; i++)
        await new Promise((resolve) => setImmediate(resolve));
    };
    await until();
    const [session] = host.sessions.values();
    const input = (session!.page.views[0]!.controls[0] as Input)!;
    expect(input.value).toBe("ok");
    expect(input.label).toBe("name");
    expect(restored[0]!.values.map((v) => v.value)).toEqual(["ok"]);
    expect(restored[0]!.events.map((e) => e.name)).toEqual(["submit"]);
    expect(restored[0]!.unplaced.map((u) => u.props ?? u.name)).toEqual([
      { label: "no" },
      { value: "x" },
      { value: {} },
      { value: "lost" },
    ]);
    await host.close();
  });

  it("keeps a session alive across reconnects within the timeout", async () => {
    t = await createTester((page) => page.add(new Label("alive")), { sessionTimeout: 60 });
    await t.disconnect();
    await t.pump(50_000);
    await t.reconnect();
    await t.pump(50_000);
    expect(t.find.text("alive").exists).toBe(true);
    expect(t.page.mounted).toBe(true);
  });

  it("gives each new client its own session with unguessable ids", async () => {
    const host = new ft.AppHost(() => {}, { logger: ft.silentLogger });
    const ids = new Set<string>();
    const tokens = new Set<string>();
    const { ClientConnection } = await import("flet-ts/client");
    for (let i = 0; i < 20; i++) {
      const [server, client] = createMemoryTransportPair();
      const connection = new ClientConnection({ call: () => null });
      host.connect(server);
      connection.connect(client);
      await new Promise((resolve) => setImmediate(resolve));
      ids.add(connection.sessionId!);
      tokens.add(connection.token!);
    }
    expect(ids.size).toBe(20);
    expect(tokens.size).toBe(20);
    for (const id of ids) expect(Buffer.from(id, "base64url")).toHaveLength(16);
    for (const token of tokens) expect(Buffer.from(token, "base64url")).toHaveLength(32);
    await host.close();
  });
});

describe("a full server", () => {
  it("refuses a new session with FLET_ERR_SESSION_LIMIT (not an expiry), and takes it once there is room", async () => {
    const host = new ft.AppHost((page) => page.add(new Label("hello")), {
      logger: ft.silentLogger,
      maxSessions: 1,
    });
    const { ClientConnection } = await import("flet-ts/client");
    type Connection = InstanceType<typeof ClientConnection>;
    const reached = (connection: Connection, state: string) =>
      new Promise<void>((resolve) => {
        if (connection.state === state) return resolve();
        const subscription = connection.updates.subscribe((update) => {
          if (update.kind !== "state" || update.state !== state) return;
          subscription.unsubscribe();
          resolve();
        });
      });
    const open = (connection: Connection) => {
      const [server, client] = createMemoryTransportPair();
      host.connect(server);
      connection.connect(client);
    };
    const first = new ClientConnection({ call: () => null });
    open(first);
    await reached(first, "online");
    const second = new ClientConnection({ call: () => null });
    const errors: ft.ErrorCodeValue[] = [];
    second.updates.subscribe((update) => {
      if (update.kind === "error") errors.push(update.error.code as ft.ErrorCodeValue);
    });
    open(second);
    await reached(second, "busy");
    expect(errors).toEqual([ft.ErrorCode.SESSION_LIMIT]);
    expect(second.sessionId).toBeUndefined();
    expect(host.sessions.size).toBe(1);
    await host.closeSession(first.sessionId!);
    open(second);
    await reached(second, "online");
    expect(host.sessions.size).toBe(1);
    expect(Object.values(second.replica.tree).some((node) => node[1].value === "hello")).toBe(true);
    await host.close();
  });
});

describe("pubsub", () => {
  it("delivers messages between sessions of one app, by topic, to all or others", async () => {
    const received: Record<string, string[]> = {};
    const host = new ft.AppHost(
      (page) => {
        const me = page.client.clientUserAgent!;
        received[me] = [];
        page.pubsub.subscribe((message: string) => {
          received[me]!.push(`all:${message}`);
          page.add(new Label(message));
        });
        page.pubsub.subscribeTopic(
          "news",
          (topic, message: string) => void received[me]!.push(`${topic}:${message}`),
        );
        page.session.set("me", me);
      },
      { logger: ft.silentLogger },
    );
    const { ClientConnection } = await import("flet-ts/client");
    const clients = ["alice", "bob"].map((name) => {
      const [server, client] = createMemoryTransportPair();
      const connection = new ClientConnection({ call: () => null });
      host.connect(server, { userAgent: name });
      connection.connect(client);
      return connection;
    });
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    await tick();
    const [alice, bob] = [...host.sessions.values()].map((s) => s.page);
    alice!.pubsub.sendAll("hi");
    await tick();
    bob!.pubsub.sendOthers("from bob");
    await tick();
    alice!.pubsub.sendAllOnTopic("news", "n1");
    await tick();
    alice!.pubsub.sendOthersOnTopic("news", "n2");
    await tick();
    bob!.pubsub.unsubscribeTopic("news");
    alice!.pubsub.sendAllOnTopic("news", "n3");
    await tick();
    expect(received.alice).toEqual(["all:hi", "all:from bob", "news:n1", "news:n3"]);
    expect(received.bob).toEqual(["all:hi", "news:n1", "news:n2"]);
    // Handlers run like event handlers: their changes reach the browser.
    await tick();
    const texts = (c: InstanceType<typeof ClientConnection>) =>
      Object.values(c.replica.tree)
        .filter((node) => node[0] === "test.label")
        .map((node) => node[1].value);
    expect(texts(clients[0]!)).toEqual(["hi", "from bob"]);
    expect(texts(clients[1]!)).toEqual(["hi"]);
    await host.close();
  });
});

describe("a reloaded page", () => {
  it("resumes its session from a snapshot and numbers new events after the server's", async () => {
    const { ClientConnection } = await import("flet-ts/client");
    const { label, button } = counter();
    const host = new ft.AppHost((page) => page.add(label, button), { logger: ft.silentLogger });
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    const open = (connection: InstanceType<typeof ClientConnection>) => {
      const [server, client] = createMemoryTransportPair();
      host.connect(server);
      connection.connect(client);
    };
    const first = new ClientConnection({ call: () => null });
    open(first);
    await tick();
    for (let i = 0; i < 3; i++) first.sendEvent(button.uid!, "click");
    await tick();
    expect(label.value).toBe("3");
    first.disconnect();

    // The reload: a new connection object with the saved identity and an empty replica.
    const reloaded = new ClientConnection({ call: () => null });
    reloaded.restore(first.sessionId!, first.token!);
    reloaded.sendEvent(button.uid!, "click"); // made before the welcome arrives
    open(reloaded);
    await tick();
    await tick();
    expect(reloaded.sessionId).toBe(first.sessionId);
    expect(label.value).toBe("4");
    expect(reloaded.replica.node(label.uid!)?.[1].value).toBe("4");
    reloaded.sendEvent(button.uid!, "click");
    await tick();
    expect(label.value).toBe("5");
    await host.close();
  });
});

describe("resync", () => {
  it("asks for a snapshot instead of drifting when a batch does not apply (browser mode)", async () => {
    const { ClientConnection } = await import("flet-ts/client");
    const { label, button } = counter();
    const host = new ft.AppHost((page) => page.add(label, button), { logger: ft.silentLogger });
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    const connection = new ClientConnection({ call: () => null }, { resyncOnError: true });
    const errors: string[] = [];
    connection.updates.subscribe((update) => {
      if (update.kind === "error") errors.push(update.error.code);
    });
    const [server, client] = createMemoryTransportPair();
    host.connect(server);
    connection.connect(client);
    await tick();
    // Corrupt the replica, as a bug would: the next patch cannot apply.
    delete (connection.replica.tree as Record<string, unknown>)[label.uid!];
    connection.sendEvent(button.uid!, "click");
    await tick();
    await tick();
    expect(errors).toEqual([ft.ErrorCode.REPLICA_PATCH_FAILED]);
    expect(connection.state).toBe("online");
    expect(connection.replica.node(label.uid!)?.[1].value).toBe("1");
    await host.close();
  });
});
