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

/**
 * The committed tree, nodes sharded by id ordinal `n`: `tree[n >> 10][(n >> 4) & 63][n & 15]`.
 * Every level stays small, and small integer keys keep V8's objects compact and alike.
 */
type ShardedTree = Record<number, Record<number, Record<number, WireNode>>>;

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

/** The id of a numeric position. */
function idOf(n: number): string {
  return n === 0 ? PAGE_ID : n.toString(36);
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
 * three small objects and the node, whatever the tree size. New nodes are frozen so that
 * immer's finalisation does not walk them. Child lists never go through
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
    return this.#state[n >> 10]?.[(n >> 4) & 63]?.[n & 15];
  }

  /**
   * Applies `changes` and returns the operations that reproduce them on a replica, or
   * `undefined` when nothing changed. `silent` applies without operations or a new
   * revision (values that came from the browser, which already has them).
   */
  commit(changes: TreeChanges, silent = false): CommittedBatch | undefined {
    const listOps = new Map<string, PatchOperation[]>();
    const [next, patches] = immer.produceWithPatches(this.#state, (draft: ShardedTree) => {
      const locate = (
        id: string,
        create: boolean,
      ): [Record<number, WireNode>, number] | undefined => {
        const n = ordinal(id);
        let level = draft[n >> 10];
        if (level === undefined) {
          if (!create) return undefined;
          level = draft[n >> 10] = {};
        }
        let leaf = level[(n >> 4) & 63];
        if (leaf === undefined) {
          if (!create) return undefined;
          leaf = level[(n >> 4) & 63] = {};
        }
        return [leaf, n & 15];
      };
      const nodeOf = (id: string) => {
        const at = locate(id, false);
        return at ? at[0][at[1]] : undefined;
      };
      for (const [id, node] of changes.added) {
        const [leaf, slot] = locate(id, true)!;
        // Frozen values are skipped by immer's finalisation walk: new subtrees cost nothing there.
        leaf[slot] = freezeNode(node);
      }
      for (const [id, name, value] of changes.props) {
        const node = nodeOf(id);
        if (node === undefined) continue;
        const props = node[NODE_PROPS];
        if (value === undefined) delete props[name];
        else props[name] = value;
      }
      for (const [id, name, value, ops] of changes.slots) {
        const node = nodeOf(id);
        if (node === undefined) continue;
        const slots = (node[NODE_SLOTS] ??= {});
        if (value === undefined) delete slots[name];
        else slots[name] = Array.isArray(value) ? (Object.freeze(value) as string[]) : value;
        if (ops) listOps.set(toPointer([id, NODE_SLOTS, name]), ops);
      }
      for (const id of changes.removed) {
        const at = locate(id, false);
        if (at) delete at[0][at[1]];
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
    for (const [a, level] of Object.entries(this.#state)) {
      for (const [b, leaf] of Object.entries(level)) {
        for (const [c, node] of Object.entries(leaf))
          tree[idOf((Number(a) << 10) | (Number(b) << 4) | Number(c))] = node;
      }
    }
    return tree;
  }
}

function freezeNode(node: WireNode): WireNode {
  Object.freeze(node[NODE_PROPS]);
  const slots = node[NODE_SLOTS];
  if (slots) {
    for (const value of Object.values(slots)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(slots);
  }
  return Object.freeze(node) as WireNode;
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
      expandShard(patch.value, path.map(Number), ops);
      continue;
    }
    const id = idOf((Number(path[0]) << 10) | (Number(path[1]) << 4) | Number(path[2]));
    const pointer = toPointer([id, ...(path.slice(3) as (string | number)[])]);
    const minimal = patch.op === "replace" ? listOps.get(pointer) : undefined;
    if (minimal) ops.push(...minimal);
    else if (patch.op === "remove") ops.push({ op: "remove", path: pointer });
    else ops.push({ op: patch.op, path: pointer, value: patch.value });
  }
  return ops;
}

function expandShard(value: unknown, prefix: number[], ops: PatchOperation[]): void {
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = [...prefix, Number(key)];
    if (path.length === 3)
      ops.push({
        op: "add",
        path: `/${idOf((path[0]! << 10) | (path[1]! << 4) | path[2]!)}`,
        value: child,
      });
    else expandShard(child, path, ops);
  }
}
