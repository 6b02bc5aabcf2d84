// createTestHost: several sessions of one app, one pubsub hub, one fake clock.
import * as ft from "flet-ts";
import { createTester, createTestHost, type Tester, type TestHost } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";
import * as chat from "../../examples/chat.js";

let host: TestHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function join(t: Tester, name: string): Promise<void> {
  await t.enterText(t.find.byKey("join-name"), name);
  await t.tap(t.find.text("Join chat"));
}

async function say(t: Tester, text: string): Promise<void> {
  await t.enterText(t.find.byKey("new-message"), text);
  await t.trigger(t.find.byKey("new-message"), "submit");
}

/** Texts of the chat's messages as one session's browser shows them. */
function shown(t: Tester): string[] {
  return t.find.byType(chat.ChatMessage).all.map((row) => {
    const column = (row as chat.ChatMessage).controls[1] as ft.Column;
    const [name, text] = column.controls as ft.Text[];
    return `${name?.value}: ${text?.value}`;
  });
}

/** An app that says "tick N" every second, and "slept" 3 s after a tap. */
function ticking(page: ft.Page): void {
  let ticks = 0;
  const label = new ft.Text("tick 0");
  const timer = setInterval(() => {
    ticks++;
    label.value = `tick ${ticks}`;
    page.update();
  }, 1000);
  page.onClose = () => clearInterval(timer);
  page.add(
    label,
    new ft.ElevatedButton("Sleep", {
      onClick: async () => {
        await ft.sleep(3000);
        page.add(new ft.Text("slept"));
      },
    }),
  );
}

describe("createTestHost", () => {
  describe("several users of the chat", () => {
    it("shows Bob the message Alice sends", async () => {
      host = await createTestHost(chat.main, { sessions: 2 });
      const [alice, bob] = host.testers as [Tester, Tester];
      await join(alice, "Alice");
      await join(bob, "Bob");
      await say(alice, "Hello Bob");
      expect(shown(bob)).toEqual(["Alice: Hello Bob"]);
      expect(shown(alice)).toEqual(["Alice: Hello Bob"]);
      expect(bob.find.text("Alice has joined the chat.").exists).toBe(true);
      expect(alice.find.text("Bob has joined the chat.").exists).toBe(true);
      await say(bob, "Hi Alice");
      expect(shown(alice)).toEqual(["Alice: Hello Bob", "Bob: Hi Alice"]);
      expect(host.errors).toEqual([]);
    });

    it("keeps each session's own storage and browser", async () => {
      host = await createTestHost(chat.main);
      const alice = await host.open();
      const bob = await host.open({ client: { route: "/chat", width: 390 } });
      await join(alice, "Alice");
      await join(bob, "Bob");
      expect(alice.page.session.get("user_name")).toBe("Alice");
      expect(bob.page.session.get("user_name")).toBe("Bob");
      expect(bob.page.route).toBe("/chat");
      expect(alice.page.route).toBe("/");
      expect(alice.browser).not.toBe(bob.browser);
      expect(host.testers).toEqual([alice, bob]);
      expect(host.sessionCount).toBe(2);
    });

    it("delivers through a pubsub hub passed in, as the server would", async () => {
      const hub = new ft.PubSubHub();
      host = await createTestHost(chat.main, { sessions: 2, pubsub: hub });
      const [alice, bob] = host.testers as [Tester, Tester];
      await join(alice, "Alice");
      await join(bob, "Bob");
      hub.publish({
        topic: undefined,
        message: { userName: "Ops", text: "Restart at 5", kind: "chat" },
        from: "ops",
        others: false,
      });
      await host.settle();
      expect(shown(alice)).toEqual(["Ops: Restart at 5"]);
      expect(shown(bob)).toEqual(["Ops: Restart at 5"]);
    });
  });

  describe("options", () => {
    it("gives every session the host's client, which host.open can override", async () => {
      host = await createTestHost(chat.main, { sessions: 1, client: { route: "/chat" } });
      const phone = await host.open({ client: { width: 390 } });
      const other = await host.open({ client: { route: "/" } });
      expect(host.testers[0]!.page.route).toBe("/chat");
      expect(phone.page.route).toBe("/chat");
      expect(other.page.route).toBe("/");
    });

    it("runs on real time with fakeTime: false", async () => {
      host = await createTestHost(chat.main, { sessions: 2, fakeTime: false });
      expect(host.clock).toBeUndefined();
      const [alice, bob] = host.testers as [Tester, Tester];
      await join(alice, "Alice");
      expect(bob.find.text("Alice has joined the chat.").exists).toBe(true);
      // The one fake clock is still free for a tester.
      const t = await createTester(() => {});
      expect(t.clock).toBeDefined();
      await t.close();
    });
  });

  describe("settling", () => {
    it("waits for every session's work before Alice's action resolves", async () => {
      // Bob's handler shows its progress while it waits on I/O (a database, a file).
      const io = () => new Promise((resolve) => setImmediate(resolve));
      host = await createTestHost(
        (page) => {
          page.pubsub.subscribe(async (text: string) => {
            for (let step = 1; step <= 5; step++) {
              await io();
              page.add(new ft.Text(`${text} ${step}/5`));
            }
          });
          page.add(
            new ft.ElevatedButton("Wave", { onClick: () => page.pubsub.sendOthers("wave") }),
          );
        },
        { sessions: 2 },
      );
      const [alice, bob] = host.testers as [Tester, Tester];
      await alice.tap(alice.find.text("Wave"));
      expect(bob.find.text("wave 5/5").exists).toBe(true);
      expect(alice.find.text("wave 1/5").exists).toBe(false);
    });
  });

  describe("one clock", () => {
    it("runs the timers of every session with one host.pump", async () => {
      host = await createTestHost(ticking, { sessions: 2 });
      const [alice, bob] = host.testers as [Tester, Tester];
      await alice.tap(alice.find.text("Sleep"));
      await host.pump(1000);
      await bob.tap(bob.find.text("Sleep"));
      await host.pump(2000);
      expect(alice.find.text("tick 3").exists).toBe(true);
      expect(bob.find.text("tick 3").exists).toBe(true);
      expect(alice.find.text("slept").exists).toBe(true);
      expect(bob.find.text("slept").exists).toBe(false);
      await host.pump(1000);
      expect(bob.find.text("slept").exists).toBe(true);
      expect(bob.find.text("tick 4").exists).toBe(true);
    });

    it("moves the shared clock when one tester pumps", async () => {
      host = await createTestHost(ticking, { sessions: 2, now: new Date("2026-01-01T00:00:00Z") });
      const [alice, bob] = host.testers as [Tester, Tester];
      expect(alice.clock).toBe(host.clock);
      expect(bob.clock).toBe(host.clock);
      await alice.pump(999);
      expect(bob.find.text("tick 0").exists).toBe(true);
      await alice.pump(1);
      expect(bob.find.text("tick 1").exists).toBe(true);
      await bob.pump(1000);
      expect(alice.find.text("tick 2").exists).toBe(true);
      expect(Date.now()).toBe(Date.parse("2026-01-01T00:00:02Z"));
    });

    it("opens a session later on the same clock", async () => {
      host = await createTestHost(ticking, { sessions: 1 });
      const [alice] = host.testers as [Tester];
      await host.pump(2000);
      const bob = await host.open();
      await host.pump(1000);
      expect(alice.find.text("tick 3").exists).toBe(true);
      expect(bob.find.text("tick 1").exists).toBe(true);
    });
  });

  describe("closing", () => {
    it("keeps the other session working when one closes", async () => {
      host = await createTestHost(chat.main, { sessions: 2 });
      const [alice, bob] = host.testers as [Tester, Tester];
      await join(alice, "Alice");
      await join(bob, "Bob");
      await alice.close();
      expect(host.testers).toEqual([bob]);
      expect(host.sessionCount).toBe(1);
      await say(bob, "Anyone here?");
      await host.pump(1000);
      expect(shown(bob)).toEqual(["Bob: Anyone here?"]);
      expect(host.errors).toEqual([]);
      await expect(alice.tap(alice.find.text("Join chat"))).rejects.toMatchObject({
        code: ft.ErrorCode.TESTER_STATE,
      });
    });

    it("closes every session, running their onClose, and frees the clock", async () => {
      const closed: string[] = [];
      host = await createTestHost(
        (page) => {
          page.onClose = () => void closed.push(page.sessionId);
        },
        { sessions: 3 },
      );
      const ids = host.testers.map((t) => t.page.sessionId);
      await host.close();
      expect(closed.sort()).toEqual(ids.sort());
      expect(host.sessionCount).toBe(0);
      const t = await createTester(() => {});
      await t.close();
    });
  });

  describe("bad input", () => {
    const code = ft.ErrorCode.TESTER_OPTIONS;

    it("refuses a main that is not a function, and a bad session count", async () => {
      await expect(createTestHost("chat" as never)).rejects.toMatchObject({ code });
      await expect(createTestHost(chat.main, { sessions: -1 })).rejects.toMatchObject({
        code,
        message: expect.stringContaining("got number -1"),
      });
      await expect(createTestHost(chat.main, { sessions: 1.5 })).rejects.toMatchObject({ code });
      await expect(createTestHost(chat.main, { client: "/" as never })).rejects.toMatchObject({
        code,
      });
      // Nothing was left installed: a tester can start.
      const t = await createTester(() => {});
      await t.close();
    });

    it("says where browser facts go when host.open gets them directly", async () => {
      host = await createTestHost(chat.main);
      await expect(host.open({ route: "/chat" } as never)).rejects.toMatchObject({
        code,
        message: expect.stringContaining("host.open({ client: { route: ... } })"),
      });
      await expect(host.open({ fakeTime: false } as never)).rejects.toMatchObject({ code });
      expect(host.testers).toEqual([]);
    });

    it("refuses time that goes back", async () => {
      host = await createTestHost(chat.main, { sessions: 1 });
      await expect(host.pump(-5)).rejects.toMatchObject({ code });
      await expect(host.pump(Number.NaN)).rejects.toMatchObject({ code });
      await expect(host.testers[0]!.pump(-1)).rejects.toMatchObject({ code });
    });

    it("refuses a second clock, and use after close", async () => {
      host = await createTestHost(chat.main);
      await expect(createTester(chat.main)).rejects.toMatchObject({
        code: ft.ErrorCode.TESTER_STATE,
        message: expect.stringContaining("createTestHost"),
      });
      await expect(createTestHost(chat.main)).rejects.toMatchObject({
        code: ft.ErrorCode.TESTER_STATE,
      });
      await host.close();
      await expect(host.open()).rejects.toMatchObject({ code: ft.ErrorCode.TESTER_STATE });
      await expect(host.pump(10)).rejects.toMatchObject({ code: ft.ErrorCode.TESTER_STATE });
    });
  });
});
