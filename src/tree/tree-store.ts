import { enablePatches, Immer, type Patch } from "immer";
import {
  escapeSegment,
  NODE_PROPS,
  NODE_SLOTS,
  type PatchOperation,
  type WireNode,
  type WireProps,
  type WireSlots,
  type WireTree,
} from "../protocol/wire.js";
import { propOperations } from "./value-diff.js";

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

/**
 * The server's copy of the tree, and the one place where changes become RFC 6902
 * operations.
 *
 * ## Layout
 * Nodes live in a `Map` from id to a {@link WireNode}: finding a node is one hash lookup,
 * whatever the tree size (the index). Props and slots objects are immutable (immer copies
 * them on change); a node array belongs to the store, which repoints its props in place.
 * Nothing outside keeps a node beyond the call that read it (frames are encoded at once).
 *
 * ## A commit
 * 1. Added nodes are put into the index and become one `add` of the whole node.
 * 2. For each node whose props change, one immer `produce` over its props object applies
 *    all of that node's prop changes and reports the JSON patches; a patch path `[name]`
 *    becomes the pointer `/id/1/name` directly, without another encoding step. Slot
 *    changes (rarer) take one produce over the node itself, so that a node gaining its
 *    first child gets its slots object; a child list replaced whole is sent as the
 *    reconciler's minimal list operations instead of immer's whole-array `replace`.
 * 3. Leaving nodes are dropped from the index, one `remove` each.
 *
 * No object keyed by ids is ever built per commit: V8 would make a hidden class for each
 * new set of ids, a cost that grows with the page.
 *
 * So one property change costs one hash lookup, one draft of the node's props object and
 * one operation: O(changes), independent of the page
 * (DESIGN invariant 1). The choice is recorded in `docs/decisions/0005-commit-path.md`.
 *
 * @internal
 */
export class TreeStore {
  readonly #nodes = new Map<string, WireNode>();
  #revision = 0;
  /** The changes being applied by the recipes of {@link TreeStore.commit}. */
  #pending: TreeChanges | undefined;
  /** The range of `#pending`'s props or slots the running recipe applies. */
  #from = 0;
  #to = 0;
  /** The patches of the last produce, set by the listener. */
  #patches: Patch[] | undefined;
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
    if (changes.props.length > 0 || changes.slots.length > 0) {
      this.#pending = changes;
      this.#draft(changes, ops, silent);
    }
    for (const id of changes.removed) {
      if (nodes.delete(id) && !silent) ops.push({ op: "remove", path: `/${escapeSegment(id)}` });
    }
    if (silent || ops.length === 0) return undefined;
    this.#revision += 1;
    return { revision: this.#revision, ops };
  }

  /**
   * Runs one immer produce per changed node: over its props object for its prop changes
   * (consecutive in `changes.props`), over the node itself for its slot changes. Appends
   * the ops made from their patches.
   */
  #draft(changes: TreeChanges, ops: PatchOperation[], silent: boolean): void {
    const nodes = this.#nodes;
    const listener = silent ? undefined : this.#listener;
    const props = changes.props;
    for (let from = 0; from < props.length; ) {
      const id = props[from]![0];
      let to = from + 1;
      while (to < props.length && props[to]![0] === id) to++;
      const node = nodes.get(id);
      if (node !== undefined) {
        this.#from = from;
        this.#to = to;
        this.#patches = undefined;
        const base = node[NODE_PROPS];
        const next = immer.produce(base, this.#propsRecipe, listener);
        if (next !== base) {
          // The props object is immutable (immer copied it); the node array is the store's
          // own and only repointed, which saves a new array and a second map write.
          node[NODE_PROPS] = next;
          const patches = this.#patches as Patch[] | undefined;
          if (patches !== undefined) toOperations(patches, id, base, undefined, ops);
        }
      }
      from = to;
    }
    const slots = changes.slots;
    for (let from = 0; from < slots.length; ) {
      const id = slots[from]![0];
      let to = from + 1;
      while (to < slots.length && slots[to]![0] === id) to++;
      const node = nodes.get(id);
      if (node !== undefined) {
        this.#from = from;
        this.#to = to;
        this.#patches = undefined;
        const next = immer.produce(node, this.#slotsRecipe, listener);
        if (next !== node) {
          nodes.set(id, next);
          const patches = this.#patches as Patch[] | undefined;
          if (patches !== undefined)
            toOperations(patches, id, undefined, slots.slice(from, to), ops);
        }
      }
      from = to;
    }
    this.#patches = undefined;
    this.#pending = undefined;
  }

  /** The prop changes `#from` to `#to` (all of one node), on the draft of its props. */
  readonly #propsRecipe = (draft: WireProps): void => {
    const props = this.#pending!.props;
    for (let i = this.#from; i < this.#to; i++) {
      const [, name, value] = props[i]!;
      if (value === undefined) {
        if (Object.hasOwn(draft, name)) delete draft[name];
      } else draft[name] = value;
    }
  };

  /** The slot changes `#from` to `#to` (all of one node), on the draft of the node. */
  readonly #slotsRecipe = (draft: WireNode): void => {
    const slots = this.#pending!.slots;
    for (let i = this.#from; i < this.#to; i++) {
      const [, name, value] = slots[i]!;
      if (value === undefined) {
        const record = draft[NODE_SLOTS];
        if (record !== undefined && Object.hasOwn(record, name)) delete record[name];
      } else {
        const record: WireSlots = (draft[NODE_SLOTS] ??= {});
        record[name] = value;
      }
    }
  };

  /** The whole tree as a flat replica map (used for first paint and resyncs). */
  snapshot(): WireTree {
    const tree: WireTree = {};
    for (const [id, node] of this.#nodes) tree[id] = node;
    return tree;
  }
}

/**
 * Turns the patches of one node's draft into replica operations: a props draft's path
 * `[name, ...]` becomes `/id/1/name/...`, a node draft's `[2, name, ...]` becomes
 * `/id/2/name/...`, without another encoding step. A child list replaced whole is sent as
 * the reconciler's minimal list operations when it computed them (`slotChanges`); a list
 * or object prop given a new value, as the minimal operations from the committed one
 * (`value-diff.ts`).
 */
function toOperations(
  patches: readonly Patch[],
  id: string,
  baseProps: WireProps | undefined,
  slotChanges: TreeChanges["slots"] | undefined,
  ops: PatchOperation[],
): void {
  const prefix =
    baseProps === undefined ? `/${escapeSegment(id)}` : `/${escapeSegment(id)}/${NODE_PROPS}`;
  for (const patch of patches) {
    const path = patch.path;
    let pointer = prefix;
    for (let i = 0; i < path.length; i++) pointer += `/${escapeSegment(path[i]!)}`;
    if (baseProps !== undefined && patch.op === "replace" && typeof patch.value === "object") {
      // A list or object prop goes as what changed in it (one `add` per appended point).
      for (const op of propOperations(baseProps[path[0] as string], patch.value, pointer))
        ops.push(op);
      continue;
    }
    if (slotChanges !== undefined && patch.op === "replace" && path.length === 2) {
      const minimal = listOpsOf(slotChanges, path[1] as string);
      if (minimal !== undefined) {
        for (const op of minimal) ops.push(op);
        continue;
      }
    }
    if (patch.op === "remove") ops.push({ op: "remove", path: pointer });
    else ops.push({ op: patch.op, path: pointer, value: patch.value });
  }
}

/** The minimal list operations the reconciler gave for slot `name` (the last change wins). */
function listOpsOf(slotChanges: TreeChanges["slots"], name: string): PatchOperation[] | undefined {
  let found: PatchOperation[] | undefined;
  for (const change of slotChanges) if (change[1] === name) found = change[3];
  return found;
}
