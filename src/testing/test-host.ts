/**
 * Several sessions of one app on one clock: the tester for multi-user apps (a chat, a
 * shared board), as the real server runs them.
 * @module
 */
import { ErrorCode, FletError } from "../core/errors.js";
import { AppHost, type AppMain } from "../session/app-host.js";
import type { Logger } from "../session/logger.js";
import { type FakeClock, installFakeClock, nextTurn, uninstallFakeClock } from "./fake-clock.js";
import { untilQuiet } from "./quiet.js";
import {
  checkHostOptions,
  checkPumpTime,
  checkSessionArgument,
  type TestHostOptions,
  type TestSessionOptions,
} from "./test-host-options.js";
import { Tester } from "./tester.js";
import type { SharedHosting } from "./tester-types.js";

export type { TestHostOptions, TestSessionOptions };

/**
 * One app serving several sessions, each driven by its own {@link Tester} (its own
 * headless browser), all on one fake clock. The sessions live in one app host, as on the
 * real server: they share the pubsub hub (`page.pubsub`), the session limits and the log,
 * and each has its own `page.session` storage and its own browser (`t.browser`). Create
 * it with {@link createTestHost}; close it with `await host.close()`.
 *
 * `host.pump(ms)` lets time pass for every session at once and settles them all; a
 * tester's own `t.pump(ms)` does the same, so timers of all sessions run in one order
 * whichever tester moves the clock. Every tester action settles all sessions too: after
 * Alice's tap, what Bob's browser shows is up to date.
 *
 * @example
 * ```ts
 * const host = await createTestHost(main, { sessions: 2 });
 * const [alice, bob] = host.testers;
 * await alice.enterText(alice.find.byKey("new-message"), "Hi Bob");
 * await alice.trigger(alice.find.byKey("new-message"), "submit");
 * expect(bob.find.text("Hi Bob").exists).toBe(true);
 * await host.pump(1000); // one second passes in both sessions
 * await host.close();
 * ```
 */
export class TestHost {
  /** Errors the app reported in any session (handler, hook and task failures), in order. */
  readonly errors: unknown[] = [];
  /** Warnings the app logged in any session. */
  readonly warnings: string[] = [];
  readonly #main: AppMain;
  readonly #defaults: TestSessionOptions;
  readonly #app: AppHost;
  readonly #clock: FakeClock | undefined;
  readonly #testers: Tester[] = [];
  readonly #hosting: SharedHosting;
  #closed = false;

  /** @internal */
  constructor(main: AppMain, options: TestHostOptions) {
    const { sessions: _sessions, fakeTime, now, client, restoreExpired, ...hostOptions } = options;
    const logger: Logger = {
      error: (message, error) => this.errors.push(error ?? new Error(message)),
      warn: (message) => this.warnings.push(message),
      info: () => {},
      debug: () => {},
    };
    this.#main = main;
    this.#defaults = { client, restoreExpired };
    this.#clock = fakeTime === false ? undefined : installFakeClock(now);
    this.#app = new AppHost(main, { dev: true, logger, ...hostOptions });
    this.#hosting = {
      host: this.#app,
      clock: this.#clock,
      errors: this.errors,
      warnings: this.warnings,
      quiet: () => untilQuiet(() => this.#activity()),
      pump: (ms) => this.pump(ms),
      end: (tester) => this.#end(tester),
    };
  }

  /** The fake clock every session runs on (undefined with `fakeTime: false`). */
  get clock(): FakeClock | undefined {
    return this.#clock;
  }

  /** The open testers, one per session, in the order they were opened. */
  get testers(): readonly Tester[] {
    return [...this.#testers];
  }

  /**
   * Live sessions of the app host: connected, or waiting for their browser to come back
   * (a tester that called `disconnect()`).
   */
  get sessionCount(): number {
    return this.#app.sessionCount;
  }

  #activity(): number {
    let sum = 0;
    for (const tester of this.#testers) sum += tester.activity;
    return sum;
  }

  #check(action: string): void {
    if (this.#closed) {
      throw new FletError(
        ErrorCode.TESTER_STATE,
        `Expected an open test host to ${action}, but \`host.close()\` was called. Create a new one with createTestHost.`,
      );
    }
  }

  /**
   * Opens one more session of the app, as a new browser tab of a new user would, and
   * resolves once `main` has run and its browser holds the page. `options.client` is what
   * that browser reports (merged over the host's `client`).
   *
   * @example
   * ```ts
   * const phone = await host.open({ client: { width: 390, height: 844, platform: "ios" } });
   * ```
   */
  async open(options: TestSessionOptions = {}): Promise<Tester> {
    this.#check("open a session");
    checkSessionArgument(options);
    const client = { ...this.#defaults.client, ...options.client };
    const restoreExpired = options.restoreExpired ?? this.#defaults.restoreExpired;
    const tester = new Tester(this.#main, { client, restoreExpired }, this.#hosting);
    this.#testers.push(tester);
    try {
      await tester.start();
    } catch (error) {
      await tester.close();
      throw error;
    }
    return tester;
  }

  /** Lets in-flight frames, handlers and pubsub messages of every session settle (time stays). */
  async settle(): Promise<void> {
    await untilQuiet(() => this.#activity());
    // Each tester rethrows what broke its client (a patch that did not apply).
    for (const tester of [...this.#testers]) await tester.settle();
  }

  /**
   * Lets `ms` milliseconds of (fake) time pass for every session: due timers, sleeps and
   * intervals of all sessions run in time order; then every session settles. Without
   * fake time it really waits.
   *
   * @example
   * ```ts
   * await host.pump(3000); // both sessions' three-second sleeps end
   * ```
   */
  async pump(ms = 0): Promise<void> {
    this.#check("let time pass");
    checkPumpTime(ms);
    if (this.#clock) await this.#clock.tickAsync(ms);
    else if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    await this.settle();
  }

  async #end(tester: Tester): Promise<void> {
    const index = this.#testers.indexOf(tester);
    if (index >= 0) this.#testers.splice(index, 1);
    const id = tester.client.sessionId;
    if (id !== undefined) await this.#app.closeSession(id);
    // What its `onClose` sent the others (a "left the chat") reaches them before close resolves.
    await untilQuiet(() => this.#activity());
  }

  /**
   * Closes every session (running `willUnmount` and `onClose`), stops the app and
   * restores the real clock. Safe to call twice.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      for (const tester of [...this.#testers]) await tester.close();
      await this.#app.close();
      await nextTurn();
    } finally {
      if (this.#clock) uninstallFakeClock(this.#clock);
    }
  }
}

/**
 * Starts an app host for `main` with one fake clock, and opens `options.sessions`
 * sessions on it (more with `host.open()`). Each session is a {@link Tester} with its
 * own headless browser; all share pubsub and time. Close it with `await host.close()`.
 * Like a tester, only one test host (or tester) with fake time may be open at once.
 *
 * @example
 * ```ts
 * import { createTestHost } from "flet-ts/testing";
 *
 * const host = await createTestHost(main);
 * const alice = await host.open();
 * const bob = await host.open({ client: { route: "/chat" } });
 * // ... act in one session, assert in the other
 * await host.close();
 * ```
 */
export async function createTestHost(
  main: AppMain,
  options: TestHostOptions = {},
): Promise<TestHost> {
  checkHostOptions(main, options);
  const host = new TestHost(main, options);
  try {
    for (let i = 0; i < (options.sessions ?? 0); i++) await host.open();
  } catch (error) {
    await host.close();
    throw error;
  }
  return host;
}
