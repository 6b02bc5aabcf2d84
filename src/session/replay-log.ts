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
  // A queue in three parallel arrays (no object per frame): entries before #head are
  // dropped and cut off in bulk now and then, so dropping the oldest is O(1) amortized,
  // not a shift of the whole array per frame. Lengths are kept apart so that dropping a
  // frame does not read its text again.
  readonly #revisions: number[] = [];
  readonly #frames: string[] = [];
  readonly #lengths: number[] = [];
  #head = 0;
  #bytes = 0;

  constructor(maxBatches: number, maxBytes: number) {
    this.#maxBatches = maxBatches;
    this.#maxBytes = maxBytes;
  }

  /** Number of frames kept. */
  get size(): number {
    return this.#frames.length - this.#head;
  }

  /** Characters of frames kept. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Keeps the frame of `revision`, dropping the oldest frames past the bounds. */
  remember(revision: number, frame: string): void {
    this.#revisions.push(revision);
    this.#frames.push(frame);
    this.#lengths.push(frame.length);
    this.#bytes += frame.length;
    while (this.size > this.#maxBatches || (this.#bytes > this.#maxBytes && this.size > 1)) {
      this.#bytes -= this.#lengths[this.#head]!;
      this.#frames[this.#head] = "";
      this.#head++;
    }
    if (this.#head >= 64 && this.#head * 2 >= this.#frames.length) {
      this.#revisions.splice(0, this.#head);
      this.#frames.splice(0, this.#head);
      this.#lengths.splice(0, this.#head);
      this.#head = 0;
    }
  }

  /**
   * The frames a client that applied revision `from` is missing, when the server is at
   * `current`; `undefined` when the log cannot bring it there (ahead of the server, or
   * behind the oldest frame kept), so it needs a snapshot.
   */
  since(from: number, current: number): string[] | undefined {
    const first = this.size > 0 ? this.#revisions[this.#head]! : current + 1;
    if (from > current || from + 1 < first) return undefined;
    const frames: string[] = [];
    for (let i = this.#head; i < this.#frames.length; i++)
      if (this.#revisions[i]! > from) frames.push(this.#frames[i]!);
    return frames;
  }
}
