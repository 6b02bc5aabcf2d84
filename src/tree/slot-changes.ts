/**
 * What a changed slot turns into: children that left it are detached (unmounted at the end
 * of the pass unless re-attached elsewhere, which makes a move), and the slot's change is
 * recorded, as a list diff by id where both lists are non-empty.
 *
 * @module
 */
import type { Control } from "../core/control.js";
import { $state } from "../core/internals.js";
import { NODE_SLOTS, toPointer } from "../protocol/wire.js";
import { diffIdLists } from "./list-diff.js";
import type { TreeChanges } from "./tree-store.js";

/**
 * Detaches the children of `parent.slot` whose ids were there (`beforeIds`) and are not any
 * more (`afterIds`), adding them to `dropped`.
 */
export function detachDropped(
  parent: Control,
  slot: string,
  beforeIds: readonly string[],
  afterIds: readonly string[],
  index: ReadonlyMap<string, Control>,
  dropped: Set<Control>,
): void {
  const keep = new Set(afterIds);
  for (const oldId of beforeIds) {
    if (keep.has(oldId)) continue;
    const child = index.get(oldId);
    if (child === undefined) continue;
    const state = child[$state];
    if (state.parent === parent && state.slot === slot) {
      state.parent = undefined;
      state.slot = undefined;
      dropped.add(child);
    }
  }
}

/**
 * Records the change of slot `name` of node `id` from `beforeIds` to `after`: a list slot
 * with children before and after becomes a minimal diff by id (nothing when equal);
 * anything else is a replacement.
 */
export function slotChange(
  changes: TreeChanges,
  id: string,
  name: string,
  list: boolean,
  beforeIds: readonly string[],
  after: string | string[] | undefined,
): void {
  const listOps =
    list && beforeIds.length > 0 && Array.isArray(after) && after.length > 0
      ? diffIdLists([...beforeIds], after, toPointer([id, NODE_SLOTS, name]))
      : undefined;
  if (listOps === undefined || listOps.length > 0) changes.slots.push([id, name, after, listOps]);
}
