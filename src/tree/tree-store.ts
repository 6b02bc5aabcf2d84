import { enablePatches, Immer, type Patch } from "immer";
import {
  NODE_PROPS,
  NODE_SLOTS,
  PAGE_ID,
  type PatchOperation,
  toPointer,
  type WireNode,
  type WireTree,
} from "../protocol/wire.js";

enablePatches();
// Our own instance: never freeze (we own every object) and never touch immer's global config.
const immer = new Immer({ autoFreeze: false });

/** The committed tree, nodes sharded two levels deep by id so every level stays small. */
type ShardedTree = Record<string, Record<string, Record<string, WireNode>>>;

/**
 * One commit's worth of changes, computed by the session from its dirty controls.
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

/** Turns an id into its numeric position (ids are base-36 counters; the page is 0). */
function ordinal(id: string): number {
  return id === PAGE_ID ? 0 : Number.parseInt(id, 36);
}

/** Creates an empty {@link TreeChanges}. @internal */
export function emptyChanges(): TreeChanges {
  return { added: [], props: [], slots: [], removed: [] };
}

/**
 * The server's copy of the tree: a normalized, immutable immer state, and the one place
 * where changes become RFC 6902 operations.
 *
 * Cost model (DESIGN invariant 1): a commit copies only the shards it touches. Ids map to
 * shards of 16 nodes, grouped 64 shards to a level-1 object, so changing one prop copies
 * three small objects and the node, whatever the tree size. Child lists never go through
 * immer's array diff: the session computes their minimal ops and assigns whole arrays.
 *
 * @internal
 */
export class TreeStore {
  #state: ShardedTree = {};
  #revision = 0;
  #size = 0;

  /** The revision of the last commit that produced operations. */
  get revision(): number {
    return this.#revision;
  }

  /** Number of nodes in the tree. */
  get size(): number {
    return this.#size;
  }

  /** The committed node of `id`. Treat it as read-only. */
  node(id: string): WireNode | undefined {
    const n = ordinal(id);
    return this.#state[n >> 10]?.[n >> 4]?.[id];
  }

  /**
   * Applies `changes` and returns the operations that reproduce them on a replica, or
   * `undefined` when nothing changed. `silent` applies without operations or a new
   * revision (values that came from the browser, which already has them).
   */
  commit(changes: TreeChanges, silent = false): CommittedBatch | undefined {
    const listOps = new Map<string, PatchOperation[]>();
    const [next, patches] = immer.produceWithPatches(this.#state, (draft: ShardedTree) => {
      const shard = (id: string, create: boolean) => {
        const n = ordinal(id);
        let level = draft[n >> 10];
        if (level === undefined) {
          if (!create) return undefined;
          level = draft[n >> 10] = {};
        }
        let leaf = level[n >> 4];
        if (leaf === undefined) {
          if (!create) return undefined;
          leaf = level[n >> 4] = {};
        }
        return leaf;
      };
      for (const [id, node] of changes.added) shard(id, true)![id] = node;
      for (const [id, name, value] of changes.props) {
        const node = shard(id, false)?.[id];
        if (node === undefined) continue;
        const props = node[NODE_PROPS];
        if (value === undefined) delete props[name];
        else props[name] = value;
      }
      for (const [id, name, value, ops] of changes.slots) {
        const node = shard(id, false)?.[id];
        if (node === undefined) continue;
        const slots = (node[NODE_SLOTS] ??= {});
        if (value === undefined) delete slots[name];
        else slots[name] = value;
        if (ops) listOps.set(toPointer([id, NODE_SLOTS, name]), ops);
      }
      for (const id of changes.removed) {
        const leaf = shard(id, false);
        if (leaf) delete leaf[id];
      }
    });
    this.#state = next;
    this.#size += changes.added.length - changes.removed.length;
    if (silent || patches.length === 0) return undefined;
    const ops = toOperations(patches, listOps);
    if (ops.length === 0) return undefined;
    this.#revision += 1;
    return { revision: this.#revision, ops };
  }

  /** The whole tree as a flat replica map (used for first paint and resyncs). */
  snapshot(): WireTree {
    const tree: WireTree = {};
    for (const level of Object.values(this.#state)) {
      for (const leaf of Object.values(level)) Object.assign(tree, leaf);
    }
    return tree;
  }
}

function toOperations(
  patches: readonly Patch[],
  listOps: ReadonlyMap<string, PatchOperation[]>,
): PatchOperation[] {
  const ops: PatchOperation[] = [];
  for (const patch of patches) {
    const path = patch.path;
    if (path.length < 3) {
      // A new shard object: one `add` per node inside it.
      expandShard(patch.value, path.length, ops);
      continue;
    }
    const pointer = toPointer(path.slice(2) as (string | number)[]);
    const minimal = patch.op === "replace" ? listOps.get(pointer) : undefined;
    if (minimal) ops.push(...minimal);
    else if (patch.op === "remove") ops.push({ op: "remove", path: pointer });
    else ops.push({ op: patch.op, path: pointer, value: patch.value });
  }
  return ops;
}

function expandShard(value: unknown, depth: number, ops: PatchOperation[]): void {
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [key, child] of entries) {
    if (depth === 2) ops.push({ op: "add", path: `/${key}`, value: child });
    else expandShard(child, depth + 1, ops);
  }
}
