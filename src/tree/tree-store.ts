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
 * 1. The props objects of the nodes whose props change are gathered into a small *view*
 *    `{ [id]: props }`: its size is the number of changed nodes, never the tree's.
 * 2. One immer `produce` over that view applies every prop change; immer copies each
 *    touched props object once, however many of its properties change, and reports the
 *    JSON patches. A patch path `[id, name]` becomes the pointer `/id/1/name` directly,
 *    without another encoding step. Slot changes (rarer) take a second produce over the
 *    changed nodes themselves, so a node gaining its first child gets its slots object.
 * 3. The new nodes are written back to the index. Added nodes become one `add` of the
 *    whole node and leaving nodes one `remove`; child lists take the minimal list
 *    operations the reconciler computed instead of immer's whole-array `replace`.
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
    if (changes.props.length > 0 || changes.slots.length > 0) this.#draft(changes, ops, silent);
    for (const id of changes.removed) {
      if (nodes.delete(id) && !silent) ops.push({ op: "remove", path: `/${escapeSegment(id)}` });
    }
    if (silent || ops.length === 0) return undefined;
    this.#revision += 1;
    return { revision: this.#revision, ops };
  }

  /**
   * Runs the commit's immer drafts over only the nodes it changes: one over their props
   * objects, and, when child slots change, one over those nodes. Appends their ops.
   */
  #draft(changes: TreeChanges, ops: PatchOperation[], silent: boolean): void {
    const nodes = this.#nodes;
    if (changes.props.length > 0) {
      const view: Record<string, WireProps> = {};
      let size = 0;
      for (const change of changes.props) {
        const id = change[0];
        if (Object.hasOwn(view, id)) continue;
        const node = nodes.get(id);
        if (node === undefined) continue;
        view[id] = node[NODE_PROPS];
        size++;
      }
      const next = size === 0 ? view : this.#produce(view, this.#propsRecipe, changes, silent);
      if (next !== view) {
        for (const id in next) {
          const props = next[id]!;
          if (props === view[id]) continue;
          const node = nodes.get(id)!;
          nodes.set(id, node.length === 3 ? [node[0], props, node[2]] : [node[0], props]);
        }
        if (this.#patches !== undefined) toOperations(this.#patches, NODE_PROPS, changes, ops);
      }
    }
    if (changes.slots.length > 0) {
      const view: View = {};
      let size = 0;
      for (const change of changes.slots) {
        const id = change[0];
        if (Object.hasOwn(view, id)) continue;
        const node = nodes.get(id);
        if (node === undefined) continue;
        view[id] = node;
        size++;
      }
      const next = size === 0 ? view : this.#produce(view, this.#slotsRecipe, changes, silent);
      if (next !== view) {
        for (const id in next) if (next[id] !== view[id]) nodes.set(id, next[id]!);
        if (this.#patches !== undefined) toOperations(this.#patches, undefined, changes, ops);
      }
    }
    this.#patches = undefined;
  }

  /** One immer produce of `recipe` over `base` for `changes`; its patches land in #patches. */
  #produce<TBase extends object>(
    base: TBase,
    recipe: (draft: TBase) => void,
    changes: TreeChanges,
    silent: boolean,
  ): TBase {
    this.#pending = changes;
    this.#patches = undefined;
    try {
      return immer.produce(base, recipe, silent ? undefined : this.#listener) as TBase;
    } finally {
      this.#pending = undefined;
    }
  }

  /** Prop changes, on the draft of the changed nodes' props objects (`{ [id]: props }`). */
  readonly #propsRecipe = (draft: Record<string, WireProps>): void => {
    for (const [id, name, value] of this.#pending!.props) {
      const props = draft[id];
      if (props === undefined) continue;
      if (value === undefined) {
        if (Object.hasOwn(props, name)) delete props[name];
      } else props[name] = value;
    }
  };

  /** Slot changes, on the draft of the changed nodes (`{ [id]: node }`). */
  readonly #slotsRecipe = (draft: View): void => {
    for (const [id, name, value] of this.#pending!.slots) {
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
  };

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
function toOperations(
  patches: readonly Patch[],
  part: typeof NODE_PROPS | undefined,
  changes: TreeChanges,
  ops: PatchOperation[],
): void {
  let minimalOps: Map<string, PatchOperation[]> | undefined;
  for (const patch of patches) {
    const path = patch.path;
    // A props draft's paths start `[id, name]`: the part index goes after the id.
    let pointer = `/${escapeSegment(path[0]!)}`;
    if (part !== undefined) pointer += `/${part}`;
    for (let i = 1; i < path.length; i++) pointer += `/${escapeSegment(path[i]!)}`;
    if (
      part === undefined &&
      patch.op === "replace" &&
      path.length === 3 &&
      path[1] === NODE_SLOTS
    ) {
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
