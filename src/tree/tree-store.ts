import { enablePatches, Immer, type Patch } from "immer";
import {
  escapeSegment,
  NODE_PROPS,
  NODE_SLOTS,
  type PatchOperation,
  type WireNode,
  type WireSlots,
  type WireTree,
} from "../protocol/wire.js";

enablePatches();
// Our own instance: never freeze (we own every object, and freezing costs a walk per
// commit) and never touch immer's global config.
const immer = new Immer({ autoFreeze: false });

/**
 * One commit's worth of changes, computed by the reconciler from its dirty controls.
 * @internal
 */
export interface TreeChanges {
  /** New nodes, parents before children. */
  readonly added: [id: string, node: WireNode][];
  /** Property changes of existing nodes; `undefined` removes the property. */
  readonly props: [id: string, name: string, value: unknown][];
  /** Slot changes of existing nodes, with the minimal list operations when known. */
  readonly slots: [
    id: string,
    name: string,
    value: string | string[] | undefined,
    listOps?: PatchOperation[],
  ][];
  /** Ids of nodes leaving the tree. */
  readonly removed: string[];
}

/** A committed batch: its revision and its operations. @internal */
export interface CommittedBatch {
  readonly revision: number;
  readonly ops: PatchOperation[];
}

/** Creates an empty {@link TreeChanges}. @internal */
export function emptyChanges(): TreeChanges {
  return { added: [], props: [], slots: [], removed: [] };
}

/** The nodes a commit changes in place, by id: the base of its one immer draft. */
type View = Record<string, WireNode>;

/**
 * The server's copy of the tree, and the one place where changes become RFC 6902
 * operations.
 *
 * ## Layout
 * Nodes live in a `Map` from id to an immutable {@link WireNode}: finding a node is one
 * hash lookup, whatever the tree size (the index).
 *
 * ## A commit
 * 1. The nodes whose props or slots change are gathered into a small *view* object
 *    `{ [id]: node }`: its size is the number of changed nodes, never the tree's.
 * 2. One immer `produce` over that view applies every prop and slot change; immer copies
 *    each touched node (and its props or slots object) once, however many of its
 *    properties change, and reports the JSON patches. Each patch path `[id, 1, name]`
 *    becomes the pointer `/id/1/name` directly, without another encoding step.
 * 3. The new nodes are written back to the index. Added nodes become one `add` of the
 *    whole node and leaving nodes one `remove`; child lists take the minimal list
 *    operations the reconciler computed instead of immer's whole-array `replace`.
 *
 * So one property change costs one hash lookup, one draft of a three-element node and
 * its props, and one operation: O(changes), independent of the page
 * (DESIGN invariant 1). The choice is recorded in `docs/decisions/0005-commit-path.md`.
 *
 * @internal
 */
export class TreeStore {
  readonly #nodes = new Map<string, WireNode>();
  #revision = 0;
  /** The changes being applied by {@link TreeStore.commit}'s recipe. */
  #pending: TreeChanges | undefined;
  /** The patches of the last produce, set by the listener. */
  #patches: Patch[] | undefined;
  readonly #recipe = (draft: View): void => this.#apply(draft, this.#pending!);
  readonly #listener = (patches: Patch[]): void => {
    this.#patches = patches;
  };

  /** The revision of the last commit that produced operations. */
  get revision(): number {
    return this.#revision;
  }

  /** Number of nodes in the tree. */
  get size(): number {
    return this.#nodes.size;
  }

  /** The committed node of `id`. Treat it as read-only. */
  node(id: string): WireNode | undefined {
    return this.#nodes.get(id);
  }

  /**
   * Applies `changes` and returns the operations that reproduce them on a replica, or
   * `undefined` when nothing changed. `silent` applies without operations or a new
   * revision (values that came from the browser, which already has them).
   */
  commit(changes: TreeChanges, silent = false): CommittedBatch | undefined {
    const nodes = this.#nodes;
    const ops: PatchOperation[] = [];
    for (const [id, node] of changes.added) {
      nodes.set(id, node);
      if (!silent) ops.push({ op: "add", path: `/${escapeSegment(id)}`, value: node });
    }
    if (changes.props.length > 0 || changes.slots.length > 0) this.#draft(changes, ops, silent);
    for (const id of changes.removed) {
      if (nodes.delete(id) && !silent) ops.push({ op: "remove", path: `/${escapeSegment(id)}` });
    }
    if (silent || ops.length === 0) return undefined;
    this.#revision += 1;
    return { revision: this.#revision, ops };
  }

  /** Runs the one immer draft of a commit over the nodes it changes; appends its ops. */
  #draft(changes: TreeChanges, ops: PatchOperation[], silent: boolean): void {
    const nodes = this.#nodes;
    const view: View = {};
    let size = 0;
    for (const change of changes.props) size += this.#gather(view, change[0]);
    for (const change of changes.slots) size += this.#gather(view, change[0]);
    if (size === 0) return;
    this.#pending = changes;
    this.#patches = undefined;
    let next: View;
    try {
      next = immer.produce(view, this.#recipe, silent ? undefined : this.#listener);
    } finally {
      this.#pending = undefined;
    }
    if (next === view) return;
    for (const id in next) {
      const node = next[id]!;
      if (node !== view[id]) nodes.set(id, node);
    }
    const patches = this.#patches as Patch[] | undefined;
    if (patches !== undefined) toOperations(patches, changes, ops);
    this.#patches = undefined;
  }

  /** Puts the committed node of `id` into `view`; returns 1 when it was newly added. */
  #gather(view: View, id: string): number {
    if (Object.hasOwn(view, id)) return 0;
    const node = this.#nodes.get(id);
    if (node === undefined) return 0;
    view[id] = node;
    return 1;
  }

  /** The recipe: every prop and slot change, applied to the draft of the view. */
  #apply(draft: View, changes: TreeChanges): void {
    for (const [id, name, value] of changes.props) {
      const node = draft[id];
      if (node === undefined) continue;
      const props = node[NODE_PROPS];
      if (value === undefined) {
        if (Object.hasOwn(props, name)) delete props[name];
      } else props[name] = value;
    }
    for (const [id, name, value] of changes.slots) {
      const node = draft[id];
      if (node === undefined) continue;
      if (value === undefined) {
        const slots = node[NODE_SLOTS];
        if (slots !== undefined && Object.hasOwn(slots, name)) delete slots[name];
      } else {
        const slots: WireSlots = (node[NODE_SLOTS] ??= {});
        slots[name] = value;
      }
    }
  }

  /** The whole tree as a flat replica map (used for first paint and resyncs). */
  snapshot(): WireTree {
    const tree: WireTree = {};
    for (const [id, node] of this.#nodes) tree[id] = node;
    return tree;
  }
}

/**
 * Turns the patches of a commit's draft into replica operations: the path
 * `[id, 1 | 2, name, ...]` is already the pointer's segments. A child list replaced
 * whole is sent as the reconciler's minimal list operations when it computed them.
 */
function toOperations(patches: readonly Patch[], changes: TreeChanges, ops: PatchOperation[]) {
  let minimalOps: Map<string, PatchOperation[]> | undefined;
  for (const patch of patches) {
    const path = patch.path;
    let pointer = "";
    for (const segment of path) pointer += `/${escapeSegment(segment)}`;
    if (patch.op === "replace" && path.length === 3 && path[1] === NODE_SLOTS) {
      minimalOps ??= listOpsOf(changes);
      const minimal = minimalOps.get(pointer);
      if (minimal !== undefined) {
        for (const op of minimal) ops.push(op);
        continue;
      }
    }
    if (patch.op === "remove") ops.push({ op: "remove", path: pointer });
    else ops.push({ op: patch.op, path: pointer, value: patch.value });
  }
}

/** The minimal list operations the reconciler gave, by the slot's pointer. */
function listOpsOf(changes: TreeChanges): Map<string, PatchOperation[]> {
  const byPointer = new Map<string, PatchOperation[]>();
  // The last change of a slot wins, as it does in the draft.
  for (const [id, name, , listOps] of changes.slots) {
    const pointer = `/${escapeSegment(id)}/${NODE_SLOTS}/${escapeSegment(name)}`;
    if (listOps === undefined) byPointer.delete(pointer);
    else byPointer.set(pointer, listOps);
  }
  return byPointer;
}
