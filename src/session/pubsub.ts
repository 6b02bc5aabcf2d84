/** How a hub hands a message to a session: through its handler runner. @internal */
export type Deliver = (handler: Function, args: unknown[]) => void;

/** A message travelling between sessions. */
export interface PubSubEnvelope {
  /** The topic, or `undefined` for messages to all subscribers. */
  readonly topic: string | undefined;
  readonly message: unknown;
  /** The sending session, excluded from delivery when `others` is true. */
  readonly from: string;
  readonly others: boolean;
}

/**
 * Carries envelopes between hubs. In one process it is in memory ({@link MemoryPubSubBus});
 * `RedisPubSubBus` makes the same API work across processes.
 */
export interface PubSubBus {
  /** Sends an envelope to every hub on the bus, this one included. */
  publish(envelope: PubSubEnvelope): void;
  /** Receives every envelope published on the bus. Returns an unsubscribe function. */
  subscribe(listener: (envelope: PubSubEnvelope) => void): () => void;
}

/** The in-process bus: delivers on a microtask, in publish order. */
export class MemoryPubSubBus implements PubSubBus {
  readonly #listeners = new Set<(envelope: PubSubEnvelope) => void>();

  publish(envelope: PubSubEnvelope): void {
    queueMicrotask(() => {
      for (const listener of this.#listeners) listener(envelope);
    });
  }

  subscribe(listener: (envelope: PubSubEnvelope) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

interface Subscriber {
  readonly deliver: Deliver;
  handler?: (message: any) => unknown;
  readonly topics: Map<string, (topic: string, message: any) => unknown>;
}

/**
 * The sessions' meeting point: one per app. Each session talks to it through its own
 * {@link PubSubClient} (`page.pubsub`).
 */
export class PubSubHub {
  readonly #subscribers = new Map<string, Subscriber>();
  readonly #bus: PubSubBus;
  readonly #stop: () => void;

  constructor(bus: PubSubBus = new MemoryPubSubBus()) {
    this.#bus = bus;
    this.#stop = bus.subscribe((envelope) => this.#dispatch(envelope));
  }

  /** Sends an envelope through the bus. */
  publish(envelope: PubSubEnvelope): void {
    this.#bus.publish(envelope);
  }

  /** The subscriber record of a session. @internal */
  subscriber(sessionId: string, deliver: Deliver): Subscriber {
    let subscriber = this.#subscribers.get(sessionId);
    if (subscriber === undefined) {
      subscriber = { deliver, topics: new Map() };
      this.#subscribers.set(sessionId, subscriber);
    }
    return subscriber;
  }

  /** Forgets everything of a session. */
  drop(sessionId: string): void {
    this.#subscribers.delete(sessionId);
  }

  /** Stops listening to the bus. */
  close(): void {
    this.#stop();
    this.#subscribers.clear();
  }

  #dispatch(envelope: PubSubEnvelope): void {
    for (const [sessionId, subscriber] of this.#subscribers) {
      if (envelope.others && sessionId === envelope.from) continue;
      if (envelope.topic === undefined) {
        if (subscriber.handler) subscriber.deliver(subscriber.handler, [envelope.message]);
      } else {
        const handler = subscriber.topics.get(envelope.topic);
        if (handler) subscriber.deliver(handler, [envelope.topic, envelope.message]);
      }
    }
  }
}

/**
 * `page.pubsub`: messages between the sessions of an app (a chat, a shared board).
 * Handlers run like event handlers: sync or async, changes sent after them, errors
 * reported to `page.onError`. One handler per session for all messages, one per topic.
 *
 * @example
 * ```ts
 * page.pubsub.subscribe((msg: string) => page.add(new ft.Text(msg)));
 * page.pubsub.sendAll("hello");
 * ```
 */
export class PubSubClient {
  readonly #hub: PubSubHub;
  readonly #sessionId: string;
  readonly #deliver: Deliver;

  /** @internal */
  constructor(hub: PubSubHub, sessionId: string, deliver: Deliver) {
    this.#hub = hub;
    this.#sessionId = sessionId;
    this.#deliver = deliver;
  }

  #me(): Subscriber {
    return this.#hub.subscriber(this.#sessionId, this.#deliver);
  }

  #send(topic: string | undefined, message: unknown, others: boolean): void {
    this.#hub.publish({ topic, message, from: this.#sessionId, others });
  }

  /** Sends `message` to every session subscribed with {@link subscribe}, this one included. */
  sendAll(message: unknown): void {
    this.#send(undefined, message, false);
  }

  /** Sends `message` to every session subscribed to `topic`, this one included. */
  sendAllOnTopic(topic: string, message: unknown): void {
    this.#send(topic, message, false);
  }

  /** Sends `message` to every other session subscribed with {@link subscribe}. */
  sendOthers(message: unknown): void {
    this.#send(undefined, message, true);
  }

  /** Sends `message` to every other session subscribed to `topic`. */
  sendOthersOnTopic(topic: string, message: unknown): void {
    this.#send(topic, message, true);
  }

  /** Receives messages sent without a topic. Replaces an earlier handler. */
  subscribe<TMessage = unknown>(handler: (message: TMessage) => void | Promise<void>): void {
    this.#me().handler = handler;
  }

  /** Receives messages on `topic`. Replaces an earlier handler of that topic. */
  subscribeTopic<TMessage = unknown>(
    topic: string,
    handler: (topic: string, message: TMessage) => void | Promise<void>,
  ): void {
    this.#me().topics.set(topic, handler);
  }

  /** Stops receiving messages without a topic. */
  unsubscribe(): void {
    delete this.#me().handler;
  }

  /** Stops receiving messages on `topic`. */
  unsubscribeTopic(topic: string): void {
    this.#me().topics.delete(topic);
  }

  /** Stops receiving anything. Done automatically when the session closes. */
  unsubscribeAll(): void {
    this.#hub.drop(this.#sessionId);
  }
}
