/**
 * The bounded log of encoded patch frames a session keeps for reconnects (architecture
 * invariant 3): a browser that comes back with the last revision it applied gets the
 * frames it missed, or a snapshot when the log no longer reaches back that far.
 *
 * @internal
 * @module
 */

/**
 * A bounded FIFO of `(revision, frame)`: at most `maxBatches` entries and, beyond the
 * newest one, at most `maxBytes` characters of frames. The oldest entries go first.
 *
 * @example
 * ```ts
 * const log = new ReplayLog(512, 2 * 1024 * 1024);
 * log.remember(1, frame1);
 * log.remember(2, frame2);
 * log.since(1, 2); // [frame2]
 * log.since(-1, 2); // undefined: revision 0 is not in the log, send a snapshot
 * ```
 *
 * @internal
 */
export class ReplayLog {
  readonly #maxBatches: number;
  readonly #maxBytes: number;
  readonly #entries: { revision: number; frame: string }[] = [];
  #bytes = 0;

  constructor(maxBatches: number, maxBytes: number) {
    this.#maxBatches = maxBatches;
    this.#maxBytes = maxBytes;
  }

  /** Number of frames kept. */
  get size(): number {
    return this.#entries.length;
  }

  /** Characters of frames kept. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Keeps the frame of `revision`, dropping the oldest frames past the bounds. */
  remember(revision: number, frame: string): void {
    this.#entries.push({ revision, frame });
    this.#bytes += frame.length;
    while (
      this.#entries.length > this.#maxBatches ||
      (this.#bytes > this.#maxBytes && this.#entries.length > 1)
    ) {
      this.#bytes -= this.#entries.shift()!.frame.length;
    }
  }

  /**
   * The frames a client that applied revision `from` is missing, when the server is at
   * `current`; `undefined` when the log cannot bring it there (ahead of the server, or
   * behind the oldest frame kept), so it needs a snapshot.
   */
  since(from: number, current: number): string[] | undefined {
    const first = this.#entries[0]?.revision ?? current + 1;
    if (from > current || from + 1 < first) return undefined;
    const frames: string[] = [];
    for (const entry of this.#entries) if (entry.revision > from) frames.push(entry.frame);
    return frames;
  }
}
