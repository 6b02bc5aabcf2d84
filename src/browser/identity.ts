/**
 * Per-tab session identity. The session id, resume token and last event number live in
 * `sessionStorage`, which a reload keeps; a duplicated tab gets a copy of it too, and must
 * not resume the same session. A marker tells the cases apart: it reads `live` while a
 * page runs and `closed` once `pagehide` fired. A reload sees `closed`; a duplicate copies
 * storage from a running page and sees `live`. Anything unclear starts a fresh session.
 * A tab whose socket is replaced by another one (close code 4000) also starts afresh
 * (see client.ts), which catches what the marker misses.
 * @module
 */

/** What a tab keeps to resume its session after a reload. */
export interface TabIdentity {
  sessionId: string;
  token: string;
  /** The last event sequence number the tab used. */
  seq: number;
}

/** The marker value while the page is alive. */
export const MARKER_LIVE = "live";
/** The marker value after the page hid (reload, navigation away, bfcache). */
export const MARKER_CLOSED = "closed";

/** Parses a stored identity; anything malformed reads as none. */
export function parseIdentity(text: string | null): TabIdentity | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<TabIdentity>;
    if (typeof value.sessionId !== "string" || typeof value.token !== "string") return undefined;
    const seq = Number.isSafeInteger(value.seq) && value.seq! >= 0 ? value.seq! : 0;
    return { sessionId: value.sessionId, token: value.token, seq };
  } catch {
    return undefined;
  }
}

/**
 * Decides whether a stored identity may be resumed: only when the marker says the
 * previous page of this tab has closed (a reload); a `live` or missing marker means a
 * duplicated tab (or an unknown state), which gets its own session.
 *
 * @example
 * ```ts
 * decideIdentity('{"sessionId":"s","token":"t","seq":3}', "closed"); // { identity: {...}, duplicate: false }
 * decideIdentity('{"sessionId":"s","token":"t","seq":3}', "live"); // { identity: undefined, duplicate: true }
 * ```
 */
export function decideIdentity(
  stored: string | null,
  marker: string | null,
): { identity: TabIdentity | undefined; duplicate: boolean } {
  const identity = parseIdentity(stored);
  if (identity === undefined) return { identity: undefined, duplicate: false };
  if (marker === MARKER_CLOSED) return { identity, duplicate: false };
  return { identity: undefined, duplicate: true };
}

/**
 * The tab's identity store over `sessionStorage`, one per app path. Storage errors
 * (private modes, quotas) are ignored: the tab then simply starts fresh after a reload.
 */
export class IdentityStore {
  readonly #key: string;
  readonly #marker: string;
  readonly #storage: Storage | undefined;

  constructor(appPath: string, storage: Storage | undefined) {
    this.#key = `flet:${appPath}:session`;
    this.#marker = `flet:${appPath}:tab`;
    this.#storage = storage;
  }

  /** Reads the identity to resume (none for a duplicated tab), and marks the tab live. */
  claim(): TabIdentity | undefined {
    const decision = decideIdentity(this.#get(this.#key), this.#get(this.#marker));
    if (decision.duplicate) this.clear();
    this.markLive();
    return decision.identity;
  }

  /** Saves the identity. */
  save(identity: TabIdentity): void {
    this.#set(this.#key, JSON.stringify(identity));
  }

  /** Forgets the identity (expired session, or taken over by another tab). */
  clear(): void {
    try {
      this.#storage?.removeItem(this.#key);
    } catch {}
  }

  /** Marks the page as running. */
  markLive(): void {
    this.#set(this.#marker, MARKER_LIVE);
  }

  /** Marks the page as gone (call on `pagehide`). */
  markClosed(): void {
    this.#set(this.#marker, MARKER_CLOSED);
  }

  #get(key: string): string | null {
    try {
      return this.#storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  #set(key: string, value: string): void {
    try {
      this.#storage?.setItem(key, value);
    } catch {}
  }
}
