import { createRequire } from "node:module";
import type { Redis, RedisOptions } from "ioredis";
import { describeValue, ErrorCode, FletError } from "../core/errors.js";
import { consoleLogger, type Logger } from "./logger.js";
import type { PubSubBus, PubSubEnvelope } from "./pubsub.js";

/**
 * Options of a {@link RedisPubSubBus}.
 *
 * @example
 * ```ts
 * const options: ft.RedisPubSubBusOptions = { channel: "shop:pubsub", logger: ft.silentLogger };
 * const bus = await ft.RedisPubSubBus.connect("redis://127.0.0.1:6379/0", options);
 * ```
 */
export interface RedisPubSubBusOptions {
  /**
   * The Redis channel carrying the envelopes. Apps sharing one Redis need one channel
   * each. Default `flet-ts:pubsub`.
   */
  channel?: string;
  /** Where connection losses and malformed messages are logged. Default: the console. */
  logger?: Logger;
  /** More ioredis options (TLS, timeouts, retry strategy); the URL's settings come first. */
  redis?: RedisOptions;
}

// Loaded on first use: apps without Redis do not pay for it at startup (about 45 ms).
let RedisClass: typeof Redis | undefined;
function redisClass(): typeof Redis {
  RedisClass ??= (createRequire(import.meta.url)("ioredis") as typeof import("ioredis")).Redis;
  return RedisClass;
}

/** The channel of a {@link RedisPubSubBus} unless one is given. */
const DEFAULT_CHANNEL = "flet-ts:pubsub";
const QUIT_TIMEOUT_MS = 1_000;

/**
 * A {@link PubSubBus} on Redis: `page.pubsub` across processes and machines, with the same
 * API as in one process. Give each process's {@link PubSubHub} one bus on the same Redis
 * (and channel): `sendAll` then reaches every session of every process. Setting
 * `FLET_PUBSUB_URL` (option `pubsubUrl`) does this for you.
 *
 * How it behaves:
 * - Two connections: one publishes, one subscribes (Redis needs a connection of its own to
 *   subscribe). Envelopes travel as JSON on one channel.
 * - A message must be JSON data (null, booleans, finite numbers, strings, arrays, plain
 *   objects); anything else (a function, a `Date`, a `Map`, a cycle, a `bigint`) throws a
 *   `FLET_ERR_PUBSUB_NOT_SERIALIZABLE` {@link FletError} at the send, instead of arriving
 *   changed or not at all.
 * - Messages from one process arrive everywhere in the order it sent them.
 * - Until the subscription is in place, sent messages wait in order, so a process never
 *   misses its own messages; {@link RedisPubSubBus.connect} resolves once it is.
 * - When Redis goes away, ioredis reconnects (and subscribes again) by itself. Messages
 *   sent meanwhile wait in ioredis' offline queue and go out once Redis is back; a message
 *   still waiting after ioredis' `maxRetriesPerRequest` reconnection attempts (20 by
 *   default, about 10 seconds) is dropped, with an error in the log. Messages published by
 *   others while this process was cut off are not received (Redis pubsub keeps nothing).
 * - Frames on the channel that are not envelopes are ignored; the first one is logged.
 * - {@link RedisPubSubBus.close} ends both connections.
 *
 * @example
 * ```ts
 * const bus = await ft.RedisPubSubBus.connect("redis://127.0.0.1:6379/0");
 * const hub = new ft.PubSubHub(bus);
 * await ft.app(main, { pubsub: hub }); // or just set FLET_PUBSUB_URL
 * ```
 */
export class RedisPubSubBus implements PubSubBus {
  /** The Redis channel this bus uses. */
  readonly channel: string;
  /**
   * Resolves once the subscription is in place (messages can be received); rejects when
   * the first attempt to subscribe fails (later reconnections retry by themselves).
   */
  readonly ready: Promise<void>;
  readonly #publisher: Redis;
  readonly #subscriber: Redis;
  readonly #listeners = new Set<(envelope: PubSubEnvelope) => void>();
  readonly #logger: Logger;
  readonly #where: string;
  /** Frames sent before the subscription was in place, in order. */
  #held: string[] | undefined = [];
  #closed: Promise<void> | undefined;
  #down = false;
  #toldMalformed = false;

  /**
   * Connects to the Redis at `url` (`redis://[user:password@]host:port/db`, or `rediss://`
   * for TLS) in the background; {@link RedisPubSubBus.connect} waits for it.
   */
  constructor(url: string, options: RedisPubSubBusOptions = {}) {
    this.channel = options.channel ?? DEFAULT_CHANNEL;
    this.#logger = options.logger ?? consoleLogger;
    this.#where = redactUrl(url);
    this.#publisher = new (redisClass())(url, { ...options.redis });
    this.#subscriber = this.#publisher.duplicate();
    for (const connection of [this.#publisher, this.#subscriber]) {
      connection.on("error", (error: Error) => this.#lost(error));
      connection.on("ready", () => this.#back());
    }
    this.#subscriber.on("message", (channel: string, frame: string) => {
      if (channel === this.channel) this.#receive(frame);
    });
    this.ready = this.#subscribe();
    // `connect()` and callers who await `ready` see the failure; nobody else must crash.
    this.ready.catch(() => {});
  }

  /**
   * Connects to Redis and resolves once subscribed, so the bus receives from the start;
   * rejects (and closes the connections) when it cannot subscribe.
   *
   * @example
   * ```ts
   * const bus = await ft.RedisPubSubBus.connect(process.env.REDIS_URL!, { channel: "chat" });
   * const web = ft.app(main, { exportApp: true, pubsub: new ft.PubSubHub(bus) });
   * ```
   */
  static async connect(url: string, options: RedisPubSubBusOptions = {}): Promise<RedisPubSubBus> {
    const bus = new RedisPubSubBus(url, options);
    try {
      await bus.ready;
    } catch (error) {
      await bus.close();
      throw error;
    }
    return bus;
  }

  /**
   * Sends an envelope to every bus on the channel, this one included. Throws a
   * `FLET_ERR_PUBSUB_NOT_SERIALIZABLE` error when the message is not JSON data.
   */
  publish(envelope: PubSubEnvelope): void {
    checkJson(envelope.message, "message", new Set());
    if (this.#closed) {
      this.#logger.debug(`Dropped a pubsub message sent after the Redis bus was closed.`);
      return;
    }
    const frame = JSON.stringify({
      topic: envelope.topic,
      message: envelope.message,
      from: envelope.from,
      others: envelope.others,
    });
    if (this.#held) this.#held.push(frame);
    else this.#send(frame);
  }

  /** Receives every envelope on the channel. Returns an unsubscribe function. */
  subscribe(listener: (envelope: PubSubEnvelope) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops receiving and ends both Redis connections. Safe to call twice. */
  close(): Promise<void> {
    this.#closed ??= (async () => {
      this.#listeners.clear();
      this.#held = undefined;
      await Promise.all([quit(this.#subscriber), quit(this.#publisher)]);
    })();
    return this.#closed;
  }

  async #subscribe(): Promise<void> {
    try {
      await this.#subscriber.subscribe(this.channel);
    } catch (error) {
      if (this.#closed) return;
      // Let later reconnections subscribe, and stop holding messages: ioredis queues them.
      this.#subscriber.once("ready", () => void this.#subscribe().catch(() => {}));
      this.#release();
      throw new FletError(
        ErrorCode.PUBSUB_UNAVAILABLE,
        `Expected to subscribe to the Redis channel "${this.channel}" at ${this.#where}, but it failed: ${(error as Error).message}. Check that Redis runs there and FLET_PUBSUB_URL is right.`,
        { url: this.#where, channel: this.channel },
        { cause: error },
      );
    }
    this.#release();
  }

  #release(): void {
    const held = this.#held;
    this.#held = undefined;
    for (const frame of held ?? []) this.#send(frame);
  }

  #send(frame: string): void {
    this.#publisher.publish(this.channel, frame).catch((error: Error) => {
      this.#logger.error(
        `A pubsub message could not be sent to Redis at ${this.#where} and was dropped.`,
        error,
      );
    });
  }

  #receive(frame: string): void {
    const envelope = parseEnvelope(frame);
    if (envelope === undefined) {
      if (!this.#toldMalformed) {
        this.#toldMalformed = true;
        this.#logger.warn(
          `Ignored a frame on the Redis channel "${this.channel}" that is not a flet-ts pubsub envelope: ${describeValue(frame)}. Is another program publishing there? Give each app its own channel. (Logged once.)`,
        );
      }
      return;
    }
    for (const listener of this.#listeners) {
      try {
        listener(envelope);
      } catch (error) {
        this.#logger.error("A pubsub listener failed.", error);
      }
    }
  }

  #lost(error: Error): void {
    if (this.#down || this.#closed) return;
    this.#down = true;
    this.#logger.warn(
      `Lost the connection to Redis at ${this.#where} (${error.message}); reconnecting. Pubsub messages sent meanwhile wait until it is back.`,
    );
  }

  #back(): void {
    if (!this.#down || this.#closed) return;
    if (this.#publisher.status === "ready" && this.#subscriber.status === "ready") {
      this.#down = false;
      this.#logger.info(`Reconnected to Redis at ${this.#where}.`);
    }
  }
}

/** Quits politely, and cuts the connection if Redis does not answer in time. */
async function quit(connection: Redis): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (connection.status === "ready") {
    await Promise.race([
      connection.quit().catch(() => {}),
      new Promise((resolve) => {
        timer = setTimeout(resolve, QUIT_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
  }
  connection.disconnect();
}

/** The URL without its password, for messages. */
function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:@/]*:)[^@/]*@/i, "$1***@");
}

function parseEnvelope(frame: string): PubSubEnvelope | undefined {
  let data: unknown;
  try {
    data = JSON.parse(frame);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const { topic, message, from, others } = data as Record<string, unknown>;
  if (typeof from !== "string" || typeof others !== "boolean") return undefined;
  if (topic !== undefined && typeof topic !== "string") return undefined;
  return { topic, message, from, others };
}

/** Throws unless `value` survives a JSON round trip unchanged. */
function checkJson(value: unknown, path: string, seen: Set<object>): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (value === undefined) {
    // Dropped from objects (reads back as undefined), but would become null in an array.
    if (/\]$/.test(path)) refuse(path, value, "undefined in an array becomes null");
    return;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) refuse(path, value, "JSON has no NaN or Infinity");
    return;
  }
  if (typeof value !== "object") refuse(path, value, "JSON cannot carry it");
  const object = value as object;
  if (seen.has(object)) refuse(path, value, "it refers back to itself (a cycle)");
  seen.add(object);
  if (Array.isArray(object)) {
    object.forEach((item, index) => void checkJson(item, `${path}[${index}]`, seen));
  } else {
    const prototype = Object.getPrototypeOf(object);
    if (prototype !== Object.prototype && prototype !== null)
      refuse(path, value, "only plain objects keep their shape (send its data instead)");
    for (const [key, item] of Object.entries(object)) checkJson(item, `${path}.${key}`, seen);
  }
  seen.delete(object);
}

function refuse(path: string, value: unknown, why: string): never {
  throw new FletError(
    ErrorCode.PUBSUB_NOT_SERIALIZABLE,
    `Expected a pubsub message made of JSON data (null, booleans, finite numbers, strings, arrays, plain objects), but ${path} is ${describeValue(value)}: ${why}. Send plain data, e.g. an ISO string for a Date.`,
    { path },
  );
}
