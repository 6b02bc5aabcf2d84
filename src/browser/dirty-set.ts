import type { CompactOperation } from "../protocol/wire.js";

/** Marks a control whose props and slots all count as changed (new, replaced, reset). */
export const ALL = "*";

/**
 * What changed since the last frame, per control id: a set of prop and slot names, or
 * {@link ALL}. Filled from the patch operations themselves (`/12/1/value` → `value` of
 * `12`), so a frame re-renders exactly the touched controls with exactly the touched names.
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

  /** Records what a batch of operations changed. */
  addOps(ops: readonly CompactOperation[]): void {
    for (const op of ops) {
      const path = op[1];
      const idEnd = path.indexOf("/", 1);
      const id = unescapeSegment(path.slice(1, idEnd === -1 ? undefined : idEnd));
      if (idEnd === -1) {
        this.mark(id);
        continue;
      }
      const partEnd = path.indexOf("/", idEnd + 1);
      const part = path.slice(idEnd + 1, partEnd === -1 ? undefined : partEnd);
      if (partEnd === -1 || part === "0") {
        this.mark(id);
        continue;
      }
      const nameEnd = path.indexOf("/", partEnd + 1);
      this.mark(id, unescapeSegment(path.slice(partEnd + 1, nameEnd === -1 ? undefined : nameEnd)));
    }
  }

  /** Takes everything recorded so far, leaving the set empty (no copy: a new map starts). */
  take(): Map<string, Set<string>> {
    const taken = this.#changes;
    this.#changes = new Map();
    return taken;
  }
}

function unescapeSegment(segment: string): string {
  return segment.includes("~") ? segment.replaceAll("~1", "/").replaceAll("~0", "~") : segment;
}
