/** Marks a control whose props and slots all count as changed (new, replaced, reset). */
export const ALL = "*";

/**
 * What changed since the last frame, per control id: a set of prop and slot names, or
 * {@link ALL}. The replica fills it while it applies a batch (`/12/1/value` → `value` of
 * `12`, from its one parse of each pointer), so a frame re-renders exactly the touched
 * controls with exactly the touched names.
 */
export class DirtySet {
  #changes = new Map<string, Set<string>>();

  /** Number of controls waiting. */
  get size(): number {
    return this.#changes.size;
  }

  /** Marks `names` (or everything) of `id` as changed. */
  mark(id: string, name: string = ALL): void {
    let names = this.#changes.get(id);
    if (names === undefined) this.#changes.set(id, (names = new Set()));
    names.add(name);
  }

  /** Takes everything recorded so far, leaving the set empty (no copy: a new map starts). */
  take(): Map<string, Set<string>> {
    const taken = this.#changes;
    this.#changes = new Map();
    return taken;
  }
}
