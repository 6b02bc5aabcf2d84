/**
 * The sessions of an app host: connected ones, and disconnected ones waiting for their
 * browser. Waiting is bounded: a session whose browser never sent an event waits only a
 * short `idleTimeout`, at most `maxDetached` sessions wait at once (the oldest goes
 * first), and a new visitor at the session limit takes the place of the oldest waiting
 * one. So one client opening thousands of sessions and walking away cannot lock real
 * users out.
 *
 * @module
 */
import type { Session } from "./session.js";

/** Limits of a {@link SessionStore}. */
export interface SessionStoreOptions {
  /** Milliseconds a disconnected session that handled events waits for its browser. */
  readonly timeoutMs: number;
  /** Milliseconds a disconnected session that never received an event waits. */
  readonly idleTimeoutMs: number;
  /** Most disconnected sessions kept; past it the oldest-disconnected ends. */
  readonly maxDetached: number;
}

/**
 * Live sessions by id, with the expiry clocks of the disconnected ones.
 *
 * @example
 * ```ts
 * const store = new SessionStore({ timeoutMs: 3_600_000, idleTimeoutMs: 60_000, maxDetached: 10_000 });
 * store.add(session);
 * session.onDetach = () => store.detached(session);
 * ```
 */
export class SessionStore {
  readonly #options: SessionStoreOptions;
  readonly #live = new Map<string, Session>();
  /** Disconnected sessions' expiry timers, oldest disconnection first. */
  readonly #waiting = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(options: SessionStoreOptions) {
    this.#options = options;
  }

  /** Live sessions by id (connected or waiting). */
  get sessions(): ReadonlyMap<string, Session> {
    return this.#live;
  }

  /** Number of disconnected sessions waiting for their browser. */
  get waiting(): number {
    return this.#waiting.size;
  }

  /** Adds a new session. */
  add(session: Session): void {
    this.#live.set(session.id, session);
  }

  /** Its browser is back: the session no longer waits. */
  attached(session: Session): void {
    clearTimeout(this.#waiting.get(session.id));
    this.#waiting.delete(session.id);
  }

  /** Its browser went away: the session waits, within the limits. */
  detached(session: Session): void {
    this.attached(session);
    const { timeoutMs, idleTimeoutMs, maxDetached } = this.#options;
    const wait = session.interacted ? timeoutMs : Math.min(idleTimeoutMs, timeoutMs);
    this.#waiting.set(
      session.id,
      setTimeout(() => void this.end(session.id, "session expired"), wait),
    );
    while (this.#waiting.size > maxDetached) this.evictOldest();
  }

  /** Ends the session that has waited longest; false when none waits. */
  evictOldest(): boolean {
    const oldest = this.#waiting.keys().next();
    if (oldest.done) return false;
    void this.end(oldest.value, "session expired");
    return true;
  }

  /** Ends one session now (its `willUnmount()` and `onClose` run). */
  async end(id: string, reason?: string): Promise<void> {
    const session = this.#live.get(id);
    clearTimeout(this.#waiting.get(id));
    this.#waiting.delete(id);
    if (session === undefined) return;
    this.#live.delete(id);
    await session.close(reason);
  }

  /** Forgets every session and clock, handing the sessions back to be closed. */
  clear(): Session[] {
    for (const timer of this.#waiting.values()) clearTimeout(timer);
    this.#waiting.clear();
    const sessions = [...this.#live.values()];
    this.#live.clear();
    return sessions;
  }
}
