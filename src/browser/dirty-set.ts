import type { CompactOperation } from "../protocol/wire.js";

/** Marks a control whose props and slots all count as changed (new, replaced, reset). */
export const ALL = "*";

/**
 * What changed since the last frame, per control id: a set of prop and slot names, or
 * {@link ALL}. The replica fills it while it applies a batch (`/12/1/value` → `value` of
 * `12`, from its one parse of each pointer), so a frame re-renders exactly the touched
 * controls with exactly the touched names. An operation inside a prop's value (an
 * appended point, `/12/1/points/500`) is kept too, for `RenderContext.changes`, unless the
 * prop was also set whole in the same frame.
 */
export class DirtySet {
  #changes = new Map<string, Set<string>>();
  /** Operations inside prop values, by `id name`; `null` once the prop was set whole. */
  #ops = new Map<string, CompactOperation[] | null>();
  /** The operations inside prop values of the frame last taken, by `id name`. */
  frameOps = this.#ops;

  /** Number of controls waiting. */
  get size(): number {
    return this.#changes.size;
  }

  /** Marks `names` (or everything) of `id` as changed; `op` changed a part of prop `name`. */
  mark(id: string, name: string = ALL, op?: CompactOperation): void {
    let names = this.#changes.get(id);
    if (names === undefined) this.#changes.set(id, (names = new Set()));
    const key = `${id} ${name}`;
    const list = this.#ops.get(key);
    if (op && !names.has(ALL) && (list || !names.has(name))) {
      if (list) list.push(op);
      else this.#ops.set(key, [op]);
    } else if (list) this.#ops.set(key, null);
    names.add(name);
  }

  /** Takes everything recorded so far, leaving the set empty (no copy: a new map starts). */
  take(): Map<string, Set<string>> {
    const taken = this.#changes;
    this.#changes = new Map();
    this.frameOps = this.#ops;
    this.#ops = new Map();
    return taken;
  }
}
