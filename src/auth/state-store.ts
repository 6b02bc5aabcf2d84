import { ErrorCode, FletError } from "../core/errors.js";
import { randomToken } from "./pkce.js";

/** What the server remembers about one sign-in between the redirect and the callback. */
export interface PendingLogin<TData = unknown> {
  /** The session that started the sign-in; only it can complete it. */
  sessionId: string;
  /** When the state stops being accepted (milliseconds since the epoch). */
  expiresAt: number;
  /** Everything else the callback needs (verifier, nonce, provider...). */
  data: TData;
}

/** The outcome of {@link OAuthStateStore.take}. */
export type StateLookup<TData = unknown> =
  | { status: "ok"; login: PendingLogin<TData> }
  /** Known, but its time ran out; it is gone now. */
  | { status: "expired"; login: PendingLogin<TData> }
  /** Already taken once (a replay); the session it belonged to is given. */
  | { status: "used"; sessionId: string }
  /** Never issued here, or forgotten long ago. */
  | { status: "unknown" };

/** Options of an {@link OAuthStateStore}. */
export interface OAuthStateStoreOptions {
  /** Seconds a state stays valid (FLET_OAUTH_STATE_TIMEOUT). Default 600. */
  timeout?: number;
  /** The clock, in milliseconds since the epoch. Default `Date.now`. */
  now?: () => number;
  /** Most pending sign-ins at once; the oldest go first beyond it. Default 10 000. */
  maxEntries?: number;
}

interface Tombstone {
  sessionId: string;
  forgetAt: number;
}

/**
 * Server-side store of OAuth `state` values: each is 256 random bits, bound to the session
 * that started the sign-in, accepted once, and only until it expires. Taken and expired
 * states are remembered (as tombstones) for one more timeout, so that a replay or a late
 * callback can be reported to the right session instead of vanishing.
 *
 * @example
 * ```ts
 * const store = new OAuthStateStore({ timeout: 600 });
 * const state = store.create("session-1", { verifier });
 * store.take(state); // { status: "ok", login }
 * store.take(state); // { status: "used", sessionId: "session-1" }
 * ```
 */
export class OAuthStateStore<TData = unknown> {
  readonly #pending = new Map<string, PendingLogin<TData>>();
  readonly #tombstones = new Map<string, Tombstone>();
  readonly #timeoutMs: number;
  readonly #now: () => number;
  readonly #maxEntries: number;

  constructor(options: OAuthStateStoreOptions = {}) {
    const timeout = options.timeout ?? 600;
    if (!(timeout >= 0)) {
      throw new FletError(
        ErrorCode.CONFIG_INVALID,
        `Expected a sign-in state timeout of 0 or more seconds, but got ${timeout}. Set FLET_OAUTH_STATE_TIMEOUT (or oauthStateTimeout) to a number of seconds.`,
        { timeout },
      );
    }
    this.#timeoutMs = timeout * 1000;
    this.#now = options.now ?? Date.now;
    this.#maxEntries = options.maxEntries ?? 10_000;
  }

  /** Sign-ins waiting for their callback. */
  get size(): number {
    return this.#pending.size;
  }

  /** Issues a new state for `sessionId` and remembers `data` under it. */
  create(sessionId: string, data: TData): string {
    this.sweep();
    while (this.#pending.size >= this.#maxEntries) {
      const oldest = this.#pending.keys().next().value as string;
      this.#forget(oldest, this.#pending.get(oldest)!.sessionId);
    }
    const state = randomToken(32);
    this.#pending.set(state, { sessionId, expiresAt: this.#now() + this.#timeoutMs, data });
    return state;
  }

  /** The pending sign-in under `state`, without taking it. @internal (tests) */
  peek(state: string): PendingLogin<TData> | undefined {
    return this.#pending.get(state);
  }

  /**
   * Takes `state` (single use): the pending sign-in when it is still valid, else why not.
   * After this call the state is never `ok` again.
   */
  take(state: string | null | undefined): StateLookup<TData> {
    if (typeof state !== "string" || state === "") return { status: "unknown" };
    const now = this.#now();
    const login = this.#pending.get(state);
    if (login !== undefined) {
      this.#forget(state, login.sessionId);
      return now >= login.expiresAt ? { status: "expired", login } : { status: "ok", login };
    }
    const tombstone = this.#tombstones.get(state);
    if (tombstone !== undefined && now < tombstone.forgetAt) {
      return { status: "used", sessionId: tombstone.sessionId };
    }
    return { status: "unknown" };
  }

  /** Drops every pending sign-in of `sessionId` (a new sign-in, a logout, a closed session). */
  cancelSession(sessionId: string): void {
    for (const [state, login] of this.#pending) {
      if (login.sessionId === sessionId) this.#forget(state, sessionId);
    }
  }

  /**
   * Forgets expired entries. Expired pending states keep a tombstone for one more timeout,
   * so a late callback is still reported as expired, not as unknown.
   */
  sweep(): void {
    const now = this.#now();
    for (const [state, login] of this.#pending) {
      if (now >= login.expiresAt + this.#timeoutMs) this.#pending.delete(state);
    }
    for (const [state, tombstone] of this.#tombstones) {
      if (now >= tombstone.forgetAt) this.#tombstones.delete(state);
    }
  }

  #forget(state: string, sessionId: string): void {
    this.#pending.delete(state);
    this.#tombstones.set(state, { sessionId, forgetAt: this.#now() + this.#timeoutMs });
  }
}
