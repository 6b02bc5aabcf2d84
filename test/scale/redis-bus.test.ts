// RedisPubSubBus against a real redis-server started here: the same pubsub semantics as
// the in-memory bus, across hubs that share nothing but Redis.
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import * as ft from "flet-ts";
import { ClientConnection } from "flet-ts/client";
import { createMemoryTransportPair } from "flet-ts/protocol";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/server/config.js";
import { Label } from "../fixtures/mini-controls.js";
import { connectClient, findText, testOptions, until } from "../server/helpers.js";
import { type RedisServer, startChild, startRedis, waitForPort } from "./servers.js";

let redis: RedisServer;
let admin: Redis;
const cleanup: (() => Promise<unknown> | unknown)[] = [];

beforeAll(async () => {
  redis = await startRedis();
  admin = new Redis(redis.url, { lazyConnect: true });
  await admin.connect();
}, 20_000);

afterAll(async () => {
  admin?.disconnect();
  await redis?.stop();
});

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A bus on the test Redis, closed after the test. */
async function bus(options: ft.RedisPubSubBusOptions = {}): Promise<ft.RedisPubSubBus> {
  const made = await ft.RedisPubSubBus.connect(redis.url, { logger: ft.silentLogger, ...options });
  cleanup.push(() => made.close());
  return made;
}

/** Connected clients as Redis counts them (this test's admin connection included). */
async function clientCount(): Promise<number> {
  const list = (await admin.client("LIST")) as string;
  return list.split("\n").filter((line) => line.trim() !== "").length;
}

/** Waits until Redis counts `count` clients (connections close asynchronously). */
async function clientsBecome(count: number, ms = 5_000): Promise<number> {
  const start = Date.now();
  while ((await clientCount()) !== count && Date.now() - start < ms)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return clientCount();
}

function recordingLogger() {
  const lines: string[] = [];
  const logger: ft.Logger = {
    error: (message) => void lines.push(`error: ${message}`),
    warn: (message) => void lines.push(`warn: ${message}`),
    info: (message) => void lines.push(`info: ${message}`),
    debug: () => {},
  };
  return { lines, logger };
}

/**
 * The scenario of the in-memory pubsub test (test/core/reconnect.test.ts): alice and bob,
 * subscribed to all messages and to "news", each on their own host. Returns what each got.
 */
async function aliceAndBob(hubs: [ft.PubSubHub, ft.PubSubHub]) {
  const received: Record<string, string[]> = {};
  const hosts = hubs.map(
    (hub) =>
      new ft.AppHost(
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
        },
        { logger: ft.silentLogger, pubsub: hub },
      ),
  );
  cleanup.push(() => Promise.all(hosts.map((host) => host.close())));
  const clients = ["alice", "bob"].map((name, index) => {
    const [server, client] = createMemoryTransportPair();
    const connection = new ClientConnection({ call: () => null });
    hosts[index]!.connect(server, { userAgent: name });
    connection.connect(client);
    return connection;
  });
  await until(() => hosts.every((host) => host.sessions.size === 1) && "bob" in received);
  const [alice, bob] = hosts.map((host) => [...host.sessions.values()][0]!.page);
  const count = () => received.alice!.length + received.bob!.length;
  const step = async (send: () => void, total: number) => {
    send();
    await until(() => count() >= total);
  };
  await step(() => alice!.pubsub.sendAll("hi"), 2);
  await step(() => bob!.pubsub.sendOthers("from bob"), 3);
  await step(() => alice!.pubsub.sendAllOnTopic("news", "n1"), 5);
  await step(() => alice!.pubsub.sendOthersOnTopic("news", "n2"), 6);
  bob!.pubsub.unsubscribeTopic("news");
  await step(() => alice!.pubsub.sendAllOnTopic("news", "n3"), 7);
  // Anything wrongly delivered would have arrived with n3.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const texts = (c: ClientConnection) =>
    Object.values(c.replica.tree)
      .filter((node) => node[0] === "test.label")
      .map((node) => node[1].value);
  await until(() => texts(clients[0]!).length === 2);
  return { received, texts: clients.map(texts) };
}

describe("RedisPubSubBus", () => {
  it("delivers between hubs like the in-memory bus: all, others, topics, unsubscribe", async () => {
    const shared = new ft.PubSubHub(new ft.MemoryPubSubBus());
    cleanup.push(() => shared.close());
    const inMemory = await aliceAndBob([shared, shared]);
    const [a, b] = [await bus(), await bus()];
    const hubs: [ft.PubSubHub, ft.PubSubHub] = [new ft.PubSubHub(a), new ft.PubSubHub(b)];
    cleanup.push(() => {
      for (const hub of hubs) hub.close();
    });
    const onRedis = await aliceAndBob(hubs);
    expect(onRedis.received.alice).toEqual(["all:hi", "all:from bob", "news:n1", "news:n3"]);
    expect(onRedis.received.bob).toEqual(["all:hi", "news:n1", "news:n2"]);
    // Handlers run like event handlers: their changes reach the browser.
    expect(onRedis.texts).toEqual([["hi", "from bob"], ["hi"]]);
    expect(onRedis).toEqual(inMemory);
  });

  it("keeps each publisher's order, and carries JSON data unchanged", async () => {
    const [a, b] = [await bus(), await bus()];
    const got: { on: string; message: unknown; from: string }[] = [];
    a.subscribe((envelope) => void got.push({ on: "a", ...envelope }));
    b.subscribe((envelope) => void got.push({ on: "b", ...envelope }));
    for (let i = 0; i < 100; i++) {
      a.publish({ topic: undefined, message: i, from: "pa", others: false });
      b.publish({ topic: "t", message: -i - 1, from: "pb", others: true });
    }
    await until(() => got.length === 400);
    for (const on of ["a", "b"]) {
      const from = (publisher: string) =>
        got.filter((g) => g.on === on && g.from === publisher).map((g) => g.message);
      expect(from("pa")).toEqual([...Array(100).keys()]);
      expect(from("pb")).toEqual([...Array(100).keys()].map((i) => -i - 1));
    }
    // Latency from one bus to another over loopback, one message at a time.
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await new Promise<void>((resolve) => {
        const stop = b.subscribe((envelope) => {
          if (envelope.message !== `ping ${i}`) return;
          stop();
          resolve();
        });
        a.publish({ topic: undefined, message: `ping ${i}`, from: "pa", others: true });
      });
      times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    console.info(
      `redis bus: publish to delivery on another bus, p50 ${times[25]!.toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms (50 messages over loopback)`,
    );
    const data = { text: "héllo ✓", list: [1, 2.5, null, true, { deep: ["x"] }], none: null };
    const envelopes: ft.PubSubEnvelope[] = [];
    b.subscribe((envelope) => void envelopes.push(envelope));
    a.publish({ topic: "data", message: data, from: "s1", others: true });
    a.publish({ topic: undefined, message: undefined, from: "s2", others: false });
    await until(() => envelopes.length === 2);
    expect(envelopes[0]).toEqual({ topic: "data", message: data, from: "s1", others: true });
    expect(envelopes[1]).toEqual({
      topic: undefined,
      message: undefined,
      from: "s2",
      others: false,
    });
  });

  it("holds messages sent before the subscription is in place, so none are missed", async () => {
    const early = new ft.RedisPubSubBus(redis.url, { logger: ft.silentLogger });
    cleanup.push(() => early.close());
    const got: unknown[] = [];
    early.subscribe((envelope) => void got.push(envelope.message));
    for (let i = 0; i < 5; i++)
      early.publish({ topic: undefined, message: i, from: "x", others: false });
    await early.ready;
    await until(() => got.length === 5);
    expect(got).toEqual([0, 1, 2, 3, 4]);
  });

  it("refuses a message JSON cannot carry, at the send", async () => {
    const a = await bus();
    const hub = new ft.PubSubHub(a);
    cleanup.push(() => hub.close());
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const bad: [unknown, string][] = [
      [() => 1, "message"],
      [new Date(0), "message"],
      [{ when: new Map() }, "message.when"],
      [[1, undefined], "message[1]"],
      [{ n: Number.NaN }, "message.n"],
      [10n, "message"],
      [Symbol("s"), "message"],
      [cycle, "message.self"],
    ];
    for (const [message, path] of bad) {
      let error: unknown;
      try {
        hub.publish({ topic: undefined, message, from: "s", others: false });
      } catch (caught) {
        error = caught;
      }
      expect(error, path).toBeInstanceOf(ft.FletError);
      expect((error as ft.FletError).code).toBe(ft.ErrorCode.PUBSUB_NOT_SERIALIZABLE);
      expect((error as ft.FletError).details.path).toBe(path);
      expect((error as Error).message).toMatch(/^Expected a pubsub message made of JSON data/);
    }
  });

  it("ignores frames on its channel that are not envelopes, logging the first one", async () => {
    const { lines, logger } = recordingLogger();
    const a = await bus({ logger, channel: "flet-ts:test-malformed" });
    const got: unknown[] = [];
    a.subscribe((envelope) => void got.push(envelope.message));
    for (const frame of ["not json", "{}", "[1,2]", '{"from":1,"others":false}', "null"])
      await admin.publish("flet-ts:test-malformed", frame);
    await admin.publish(
      "flet-ts:test-malformed",
      JSON.stringify({ message: "ok", from: "s", others: false }),
    );
    await until(() => got.length === 1);
    expect(got).toEqual(["ok"]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^warn: Ignored a frame on the Redis channel "flet-ts:test-malformed"/,
    );
  });

  it("keeps apps on different channels apart", async () => {
    const [a, b] = [await bus({ channel: "app-a" }), await bus({ channel: "app-b" })];
    const got: string[] = [];
    b.subscribe((envelope) => void got.push(String(envelope.message)));
    a.publish({ topic: undefined, message: "for a", from: "s", others: false });
    b.publish({ topic: undefined, message: "for b", from: "s", others: false });
    await until(() => got.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(got).toEqual(["for b"]);
  });

  it("releases both connections on close()", async () => {
    const before = await clientCount();
    const a = await ft.RedisPubSubBus.connect(redis.url, { logger: ft.silentLogger });
    const b = await ft.RedisPubSubBus.connect(redis.url, { logger: ft.silentLogger });
    expect(await clientCount()).toBe(before + 4);
    await a.close();
    await a.close();
    expect(await clientsBecome(before + 2)).toBe(before + 2);
    await b.close();
    expect(await clientsBecome(before)).toBe(before);
  });

  it("fails connect() with FLET_ERR_PUBSUB_UNAVAILABLE when Redis is not there", async () => {
    const started = Date.now();
    const error = await ft.RedisPubSubBus.connect("redis://127.0.0.1:1/0", {
      logger: ft.silentLogger,
      redis: { maxRetriesPerRequest: 1, retryStrategy: () => 20 },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ft.FletError);
    expect((error as ft.FletError).code).toBe(ft.ErrorCode.PUBSUB_UNAVAILABLE);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("reconnects by itself after Redis restarts, sending what was published meanwhile", async () => {
    const own = await startRedis();
    cleanup.push(() => own.stop());
    const { lines, logger } = recordingLogger();
    const options = { logger, redis: { retryStrategy: () => 50 } };
    const a = await ft.RedisPubSubBus.connect(own.url, options);
    const b = await ft.RedisPubSubBus.connect(own.url, { ...options, logger: ft.silentLogger });
    cleanup.push(
      () => a.close(),
      () => b.close(),
    );
    const got: unknown[] = [];
    b.subscribe((envelope) => void got.push(envelope.message));
    a.publish({ topic: undefined, message: "before", from: "s", others: false });
    await until(() => got.length === 1);
    await own.child.kill();
    await until(() => lines.some((line) => line.startsWith("warn: Lost the connection")));
    a.publish({ topic: undefined, message: "while down", from: "s", others: false });
    const again = startChild("redis-server", "/usr/bin/redis-server", [
      ...["--port", String(own.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    ]);
    cleanup.push(() => again.kill());
    await waitForPort(own.port, 10_000, again);
    await until(() => lines.some((line) => line.startsWith("info: Reconnected")), 10_000);
    // "while down" went out from the offline queue once the publisher was back; it reached
    // b only if b had subscribed again by then (Redis keeps nothing for absent subscribers).
    // Everything sent afterwards arrives.
    const start = Date.now();
    while (!got.includes("after") && Date.now() - start < 10_000) {
      a.publish({ topic: undefined, message: "after", from: "s", others: false });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(got).toContain("after");
    expect(lines.filter((line) => line.startsWith("warn: Lost"))).toHaveLength(1);
  });
});

describe("FLET_PUBSUB_URL", () => {
  it("takes redis:// and rediss:// URLs, from the option first, then the variable", () => {
    expect(resolveConfig({}, {}).pubsubUrl).toBeUndefined();
    expect(resolveConfig({}, { FLET_PUBSUB_URL: "" }).pubsubUrl).toBeUndefined();
    for (const url of [
      "redis://127.0.0.1:6379/0",
      "redis://redis",
      "rediss://user:secret@cache.example.com:6380/2",
      "redis://:secret@[::1]:6379",
    ])
      expect(resolveConfig({}, { FLET_PUBSUB_URL: url }).pubsubUrl).toBe(url);
    expect(
      resolveConfig({ pubsubUrl: "redis://a:1/1" }, { FLET_PUBSUB_URL: "redis://b:2/2" }).pubsubUrl,
    ).toBe("redis://a:1/1");
  });

  it("refuses anything else with FLET_ERR_CONFIG_INVALID naming the variable, never the password", () => {
    for (const bad of [
      "localhost:6379",
      "http://127.0.0.1:6379",
      "redis://",
      "redis://host:6379/zero",
      "redis://user:hunter22@host:6379/a/b",
    ]) {
      let error: unknown;
      try {
        resolveConfig({}, { FLET_PUBSUB_URL: bad });
      } catch (caught) {
        error = caught;
      }
      expect(error, bad).toBeInstanceOf(ft.FletError);
      expect((error as ft.FletError).code).toBe(ft.ErrorCode.CONFIG_INVALID);
      expect((error as Error).message).toMatch(/^Expected FLET_PUBSUB_URL to be a Redis URL/);
      expect((error as Error).message).not.toContain("hunter22");
      expect(JSON.stringify((error as ft.FletError).details)).not.toContain("hunter22");
    }
    expect(() => resolveConfig({ pubsubUrl: "nope" }, {})).toThrow(/the option "pubsubUrl"/);
  });

  it("makes the app's pubsub reach another app's sessions through Redis, and closes it with the app", async () => {
    const before = await clientCount();
    const chat = (page: ft.Page) => {
      page.pubsub.subscribe((message: string) => page.add(new Label(message)));
      page.add(new Label(`ready`));
    };
    const webs = [0, 1].map(() =>
      ft.app(chat, { ...testOptions, exportApp: true, pubsubUrl: redis.url }),
    );
    const servers = webs.map((web) => web.attach(createServer()).listen(0, "127.0.0.1"));
    cleanup.push(async () => {
      for (const server of servers) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    });
    await Promise.all(servers.map((server) => once(server, "listening")));
    const clients = await Promise.all(
      servers.map((server) => {
        const { port } = server.address() as AddressInfo;
        return connectClient(`ws://127.0.0.1:${port}/ws`);
      }),
    );
    expect(await clientsBecome(before + 4)).toBe(before + 4);
    const [first] = [...webs[0]!.host.sessions.values()];
    first!.page.pubsub.sendAll("across apps");
    await until(() => clients.every(({ client }) => findText(client, "across apps") !== undefined));
    await Promise.all(webs.map((web) => web.close(0)));
    expect(await clientsBecome(before)).toBe(before);
  });

  it("lets an explicit pubsub hub win over the URL", async () => {
    const before = await clientCount();
    const hub = new ft.PubSubHub();
    const web = ft.app(() => {}, {
      ...testOptions,
      exportApp: true,
      pubsubUrl: redis.url,
      pubsub: hub,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await clientCount()).toBe(before);
    await web.close(0);
  });
});
