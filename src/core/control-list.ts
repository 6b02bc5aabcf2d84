import type { Control } from "./control.js";
import { $state } from "./internals.js";

/** The plain array behind each list's proxy, for writes that mark the slot once. */
const targets = new WeakMap<object, unknown[]>();

/**
 * The plain array behind `list` (a list made by {@link createControlList}): writing to it
 * marks nothing, so the caller marks the slot itself. `undefined` for any other array.
 *
 * @internal
 */
export function plainArrayOf(list: readonly unknown[]): unknown[] | undefined {
  return targets.get(list);
}

/**
 * The array behind a list slot such as `controls`. It is a real array (every array method
 * works, `Array.isArray` is true); writes through it mark the slot as changed so the next
 * update sends the minimal list operations. Values are checked when the update runs.
 *
 * @internal
 */
export function createControlList<TChild>(
  owner: Control,
  slot: string,
  initial: readonly TChild[] = [],
): TChild[] {
  const target = [...initial];
  const touch = () => {
    const state = owner[$state];
    if (state.host === undefined) return;
    (state.dirtySlots ??= new Set()).add(slot);
    state.host.markDirty(owner);
  };
  const list = new Proxy(target, {
    set(array, key, value) {
      (array as unknown as Record<PropertyKey, unknown>)[key] = value;
      touch();
      return true;
    },
    deleteProperty(array, key) {
      delete (array as unknown as Record<PropertyKey, unknown>)[key];
      touch();
      return true;
    },
  });
  targets.set(list, target);
  return list as TChild[];
}
