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
  // A ring buffer in two parallel arrays (no object per frame, no O(n) shift when full):
  // entry i (0 = oldest) is at (#head + i) % capacity.
  readonly #revisions: number[] = [];
  readonly #frames: string[] = [];
  /** Each frame's length, kept apart: the oldest frame's text is not read again. */
  readonly #lengths: number[] = [];
  #head = 0;
  #size = 0;
  #bytes = 0;

  constructor(maxBatches: number, maxBytes: number) {
    this.#maxBatches = maxBatches;
    this.#maxBytes = maxBytes;
  }

  /** Number of frames kept. */
  get size(): number {
    return this.#size;
  }

  /** Characters of frames kept. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Keeps the frame of `revision`, dropping the oldest frames past the bounds. */
  remember(revision: number, frame: string): void {
    const capacity = Math.max(1, this.#maxBatches);
    if (this.#size === capacity) this.#dropOldest();
    const slot = (this.#head + this.#size) % capacity;
    this.#revisions[slot] = revision;
    this.#frames[slot] = frame;
    this.#lengths[slot] = frame.length;
    this.#size++;
    this.#bytes += frame.length;
    while (this.#size > this.#maxBatches || (this.#bytes > this.#maxBytes && this.#size > 1))
      this.#dropOldest();
  }

  #dropOldest(): void {
    const capacity = Math.max(1, this.#maxBatches);
    this.#bytes -= this.#lengths[this.#head]!;
    this.#frames[this.#head] = "";
    this.#head = (this.#head + 1) % capacity;
    this.#size--;
  }

  /**
   * The frames a client that applied revision `from` is missing, when the server is at
   * `current`; `undefined` when the log cannot bring it there (ahead of the server, or
   * behind the oldest frame kept), so it needs a snapshot.
   */
  since(from: number, current: number): string[] | undefined {
    const capacity = Math.max(1, this.#maxBatches);
    const first = this.#size > 0 ? this.#revisions[this.#head]! : current + 1;
    if (from > current || from + 1 < first) return undefined;
    const frames: string[] = [];
    for (let i = 0; i < this.#size; i++) {
      const slot = (this.#head + i) % capacity;
      if (this.#revisions[slot]! > from) frames.push(this.#frames[slot]!);
    }
    return frames;
  }
}
