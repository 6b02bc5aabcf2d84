/**
 * Rate limit of full snapshots: a client asking for `resync` again and again would make
 * the server serialize the whole tree each time (megabytes for a large page) and delay
 * everyone else's events. A gate sends one snapshot at once, and answers every request
 * that comes within `intervalMs` of it with one later snapshot, so a legitimate client
 * always gets a fresh tree and a hostile one gets at most one per interval.
 *
 * @module
 */

/** Schedules the deferred snapshot (a seam for tests; `setTimeout` by default). */
export type Schedule = (run: () => void, ms: number) => { cancel(): void };

const timers: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms);
  timer.unref?.();
  return { cancel: () => clearTimeout(timer) };
};

/**
 * One session's snapshot gate.
 *
 * @example
 * ```ts
 * const gate = new ResyncGate(1_000, () => sendWelcome());
 * gate.request(); // sent now
 * gate.request(); // sent once, a second after the first
 * gate.request(); // merged into that one
 * ```
 */
export class ResyncGate {
  readonly #intervalMs: number;
  readonly #send: () => void;
  readonly #now: () => number;
  readonly #schedule: Schedule;
  #last = Number.NEGATIVE_INFINITY;
  #pending: { cancel(): void } | undefined;

  constructor(
    intervalMs: number,
    send: () => void,
    now: () => number = Date.now,
    schedule: Schedule = timers,
  ) {
    this.#intervalMs = intervalMs;
    this.#send = send;
    this.#now = now;
    this.#schedule = schedule;
  }

  /** A client asked for a snapshot: sent now, or once when the interval has passed. */
  request(): void {
    if (this.#pending !== undefined) return;
    const wait = this.#last + this.#intervalMs - this.#now();
    if (wait <= 0) {
      this.#fire();
      return;
    }
    this.#pending = this.#schedule(() => {
      this.#pending = undefined;
      this.#fire();
    }, wait);
  }

  /** Drops a deferred snapshot (the client went away; a new connection gets its own). */
  cancel(): void {
    this.#pending?.cancel();
    this.#pending = undefined;
  }

  #fire(): void {
    this.#last = this.#now();
    this.#send();
  }
}
