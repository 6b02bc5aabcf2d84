import jsonpatch from "fast-json-patch";
import { ErrorCode, FletError } from "../core/errors.js";
import {
  type CompactOperation,
  expandOp,
  type PatchOperation,
  type WireNode,
  type WireTree,
} from "../protocol/wire.js";

/**
 * The client's copy of the control tree, kept in step with the server by applying its
 * patch batches with fast-json-patch. The browser and the tester use this same class, so
 * a test fails exactly where a browser would go wrong: any operation that does not apply
 * cleanly, and any skipped revision, throws.
 *
 * @example
 * ```ts
 * const replica = new Replica();
 * replica.reset({ page: ["page", {}] }, 0);
 * replica.apply(1, [["add", "/page/1/title", "Hi"]]);
 * ```
 */
export class Replica {
  #tree: WireTree = {};
  #revision = 0;

  /** The nodes by id. Treat as read-only; it changes in place as patches apply. */
  get tree(): Readonly<WireTree> {
    return this.#tree;
  }

  /** The revision of the last applied batch. */
  get revision(): number {
    return this.#revision;
  }

  /** The node of `id`, if present. */
  node(id: string): WireNode | undefined {
    return this.#tree[id];
  }

  /** Replaces the whole tree (a welcome or a resync). */
  reset(tree: WireTree, revision: number): void {
    this.#tree = tree;
    this.#revision = revision;
  }

  /**
   * Applies one batch. Returns the ids of the nodes it touched.
   * @throws `FletError` `FLET_ERR_REPLICA_REVISION_GAP` when `revision` is not the
   * next one, `FLET_ERR_REPLICA_PATCH_FAILED` when an operation does not apply.
   */
  apply(revision: number, ops: readonly CompactOperation[]): Set<string> {
    if (revision !== this.#revision + 1) {
      throw new FletError(
        ErrorCode.REPLICA_REVISION_GAP,
        `Expected patch revision ${this.#revision + 1}, but got ${revision}. The client must resync with a full snapshot.`,
        { expected: this.#revision + 1, received: revision },
      );
    }
    const touched = new Set<string>();
    for (let i = 0; i < ops.length; i++) {
      const compact = ops[i]!;
      // The common case, a prop replaced by a primitive, applied directly: what the
      // general path below would do for it, without its validation and allocations.
      const id = this.#replaceProp(compact);
      if (id !== undefined) {
        touched.add(id);
        continue;
      }
      const op: PatchOperation = expandOp(compact);
      try {
        jsonpatch.applyOperation(this.#tree, op, true, true, true, i);
      } catch (error) {
        throw new FletError(
          ErrorCode.REPLICA_PATCH_FAILED,
          `Expected operation ${i} of revision ${revision} to apply to the replica, but it did not: ${JSON.stringify(op)} (${(error as Error).name}). Server and client disagree; this is a flet-ts bug, please report it with this operation.`,
          { revision, index: i, op },
          { cause: error },
        );
      }
      const end = op.path.indexOf("/", 1);
      touched.add(op.path.slice(1, end === -1 ? undefined : end));
    }
    this.#revision = revision;
    return touched;
  }

  /**
   * Applies `["replace", "/<id>/1/<name>", primitive]` when the node and the prop exist
   * and no segment is escaped; returns the id, or undefined to take the general path
   * (which also reports the errors).
   */
  #replaceProp(op: CompactOperation): string | undefined {
    if (op[0] !== "replace") return undefined;
    const value = op[2];
    if (value === undefined || (value !== null && typeof value === "object")) return undefined;
    const path = op[1];
    if (path.includes("~")) return undefined;
    const idEnd = path.indexOf("/", 1);
    if (
      idEnd === -1 ||
      path.charCodeAt(idEnd + 1) !== 49 /* "1" */ ||
      path.charCodeAt(idEnd + 2) !== 47 /* "/" */
    )
      return undefined;
    const name = path.slice(idEnd + 3);
    if (name === "" || name.includes("/") || name === "__proto__") return undefined;
    const id = path.slice(1, idEnd);
    if (!Object.hasOwn(this.#tree, id)) return undefined;
    const props = this.#tree[id]?.[1];
    if (
      props === undefined ||
      props === null ||
      typeof props !== "object" ||
      !Object.hasOwn(props, name)
    )
      return undefined;
    (props as Record<string, unknown>)[name] = value;
    return id;
  }

  /** Writes a value the user changed locally (two-way binding), without a revision. */
  setLocal(id: string, props: Record<string, unknown>): void {
    const node = this.#tree[id];
    if (node === undefined) return;
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null) delete node[1][name];
      else node[1][name] = value;
    }
  }
}
