/** Options of {@link backoffDelay}. */
export interface BackoffOptions {
  /** Delay before the first retry, in milliseconds. Default 500. */
  initial?: number;
  /** Longest delay, in milliseconds. Default 10 000. */
  max?: number;
  /** Share of the delay that is randomized, 0-1. Default 0.25. */
  jitter?: number;
}

/**
 * The delay before reconnect attempt `attempt` (0 for the first): 0.5 s doubling up to a
 * cap, minus a random share (`jitter`) so that many tabs of a restarted server do not all
 * knock at once. `random` is injectable for tests.
 *
 * @example
 * ```ts
 * backoffDelay(0, {}, () => 1); // 500
 * backoffDelay(3, {}, () => 1); // 4000
 * backoffDelay(9, {}, () => 1); // 10000 (capped)
 * ```
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const initial = options.initial ?? 500;
  const max = options.max ?? 10_000;
  const jitter = options.jitter ?? 0.25;
  // 2 ** 30 overflows nothing, but clamp the exponent so huge attempt counts stay cheap.
  const base = Math.min(max, initial * 2 ** Math.min(attempt, 30));
  return Math.round(base * (1 - jitter + jitter * random()));
}
