/**
 * Token buckets: how often something may happen, with a burst allowance. Used for the
 * frames a connection sends and the sessions one client address opens.
 *
 * @module
 */

/** A rate: `perSecond` on average, up to `burst` at once. */
export interface RateLimit {
  /** Tokens added per second (the sustained rate). */
  readonly perSecond: number;
  /** Most tokens held (what may happen at once after a quiet spell). */
  readonly burst: number;
}

/**
 * One bucket: `take()` is true while the rate allows.
 *
 * @example
 * ```ts
 * const frames = new TokenBucket({ perSecond: 100, burst: 200 });
 * if (!frames.take()) transport.close(1008, "too many frames");
 * ```
 */
export class TokenBucket {
  readonly #rate: RateLimit;
  readonly #now: () => number;
  #tokens: number;
  #at: number;

  constructor(rate: RateLimit, now: () => number = Date.now) {
    this.#rate = rate;
    this.#now = now;
    this.#tokens = rate.burst;
    this.#at = now();
  }

  /** Takes one token if there is one. */
  take(): boolean {
    const now = this.#now();
    const refill = ((now - this.#at) / 1000) * this.#rate.perSecond;
    this.#tokens = Math.min(this.#rate.burst, this.#tokens + refill);
    this.#at = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }

  /** True when the bucket is full again (it can be forgotten). */
  get full(): boolean {
    const refill = ((this.#now() - this.#at) / 1000) * this.#rate.perSecond;
    return this.#tokens + refill >= this.#rate.burst;
  }
}

/**
 * A bucket per key (a client address), at most `maxKeys` of them: full buckets are
 * forgotten first, then the oldest, so the limiter's own memory is bounded too.
 *
 * @example
 * ```ts
 * const sessions = new KeyedRateLimit({ perSecond: 10, burst: 100 });
 * if (!sessions.take(ip)) refuse();
 * ```
 */
export class KeyedRateLimit {
  readonly #rate: RateLimit;
  readonly #maxKeys: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, TokenBucket>();

  constructor(rate: RateLimit, maxKeys = 10_000, now: () => number = Date.now) {
    this.#rate = rate;
    this.#maxKeys = maxKeys;
    this.#now = now;
  }

  /** Takes one token from `key`'s bucket if there is one. */
  take(key: string): boolean {
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      if (this.#buckets.size >= this.#maxKeys) this.#prune();
      bucket = new TokenBucket(this.#rate, this.#now);
      this.#buckets.set(key, bucket);
    }
    return bucket.take();
  }

  #prune(): void {
    for (const [key, bucket] of this.#buckets) if (bucket.full) this.#buckets.delete(key);
    // Still full of busy clients: forget the oldest.
    while (this.#buckets.size >= this.#maxKeys) {
      const oldest = this.#buckets.keys().next().value as string;
      this.#buckets.delete(oldest);
    }
  }
}
