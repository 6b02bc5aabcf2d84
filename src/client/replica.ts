import { ErrorCode, FletError } from "../core/errors.js";
import {
  type CompactOperation,
  expandOp,
  OpCode,
  unescapeSegment,
  type WireNode,
  type WireTree,
} from "../protocol/wire.js";

/** Hears what each applied operation changed: a control, and a prop or slot name of it. */
export interface TouchedSink {
  /**
   * `name` is the prop or slot changed; absent when the whole control changed. `op` is
   * given when the operation changed a part of `name` (an appended point, say).
   */
  mark(id: string, name?: string, op?: CompactOperation): void;
}

/** A JSON Pointer array index (`0`, `12`; no leading zeros), or undefined. */
function arrayIndex(segment: string): number | undefined {
  if (!/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
  const index = Number(segment);
  return Number.isSafeInteger(index) ? index : undefined;
}

/**
 * The client's copy of the control tree, kept in step with the server by applying its
 * patch batches (RFC 6902 operations, each pointer parsed once). The browser and the tester use this same class, so
 * a test fails exactly where a browser would go wrong: any operation that does not apply
 * cleanly, and any skipped revision, throws.
 *
 * @example
 * ```ts
 * const replica = new Replica();
 * replica.reset({ page: ["page", {}] }, 0);
 * replica.apply(1, [[OpCode.add, "/page/1/title", "Hi"]]);
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
   * Applies one batch: the new `nodes` first, then `ops` in order. Each operation's JSON
   * pointer is parsed once; `touched` (the browser's dirty set) hears which control and
   * which prop or slot name each one changed (no name: the whole control).
   * @throws `FletError` `FLET_ERR_REPLICA_REVISION_GAP` when `revision` is not the
   * next one, `FLET_ERR_REPLICA_PATCH_FAILED` when an operation does not apply.
   */
  apply(
    revision: number,
    ops: readonly CompactOperation[],
    nodes?: Readonly<WireTree>,
    touched?: TouchedSink,
  ): void {
    if (revision !== this.#revision + 1) {
      throw new FletError(
        ErrorCode.REPLICA_REVISION_GAP,
        `Expected patch revision ${this.#revision + 1}, but got ${revision}. The client must resync with a full snapshot.`,
        { expected: this.#revision + 1, received: revision },
      );
    }
    const tree = this.#tree;
    if (nodes !== undefined) {
      for (const id of Object.keys(nodes)) {
        if (id === "__proto__")
          this.#failed(revision, -1, [OpCode.add, "/__proto__", null], "PrototypeModification");
        tree[id] = nodes[id]!;
        touched?.mark(id);
      }
    }
    for (let i = 0; i < ops.length; i++) {
      const failure = this.#applyOne(ops[i]!, touched);
      if (failure !== undefined) this.#failed(revision, i, ops[i]!, failure);
    }
    this.#revision = revision;
  }

  /** Applies one operation; returns why it does not apply, or undefined. */
  #applyOne(op: CompactOperation, touched: TouchedSink | undefined): string | undefined {
    const code = op[0];
    const path = op[1];
    if (typeof path !== "string" || path.charCodeAt(0) !== 47 /* "/" */) return "InvalidPath";
    if (code !== OpCode.add && code !== OpCode.replace && code !== OpCode.remove)
      return "InvalidOperation";
    // The one parse of the pointer.
    const segments = path.split("/");
    if (path.includes("~"))
      for (let k = 1; k < segments.length; k++) segments[k] = unescapeSegment(segments[k]!);
    const last = segments.length - 1;
    const tree = this.#tree as Record<string, unknown>;
    const id = segments[1]!;
    let parent: unknown = tree;
    for (let k = 1; k < last; k++) {
      const segment = segments[k]!;
      if (parent === null || typeof parent !== "object" || !Object.hasOwn(parent, segment))
        return "MissingParent";
      parent = (parent as Record<string, unknown>)[segment];
    }
    if (parent === null || typeof parent !== "object") return "MissingParent";
    const key = segments[last]!;
    if (key === "__proto__") return "PrototypeModification";
    if (Array.isArray(parent)) {
      const index = key === "-" && code === OpCode.add ? parent.length : arrayIndex(key);
      if (index === undefined) return "InvalidIndex";
      if (code === OpCode.add) {
        if (index > parent.length) return "IndexOutOfBounds";
        if (index === parent.length) parent.push(op[2]);
        else parent.splice(index, 0, op[2]);
      } else if (index >= parent.length) return "IndexOutOfBounds";
      else if (code === OpCode.replace) parent[index] = op[2];
      else parent.splice(index, 1);
    } else {
      const object = parent as Record<string, unknown>;
      if (code !== OpCode.add && !Object.hasOwn(object, key)) return "MissingTarget";
      if (code === OpCode.remove) delete object[key];
      else object[key] = op[2];
    }
    // `/id` or `/id/0`: the whole control; `/id/1/name...` or `/id/2/name...`: that name.
    if (touched !== undefined) {
      if (last < 3 || segments[2] === "0") touched.mark(id);
      else touched.mark(id, segments[3]!, last > 3 ? op : undefined);
    }
    return undefined;
  }

  #failed(revision: number, index: number, op: CompactOperation, why: string): never {
    const readable = Array.isArray(op) && typeof op[0] === "number" ? expandOp(op) : op;
    throw new FletError(
      ErrorCode.REPLICA_PATCH_FAILED,
      `Expected operation ${index} of revision ${revision} to apply to the replica, but it did not: ${JSON.stringify(readable)} (${why}). Server and client disagree; this is a flet-ts bug, please report it with this operation.`,
      { revision, index, op: readable },
    );
  }

  /** Writes a value the user changed locally (two-way binding), without a revision. */
  setLocal(id: string, props: Record<string, unknown>): void {
    const node = this.#tree[id];
    if (node === undefined) return;
    for (const [name, value] of Object.entries(props)) {
      // A `null` stays (a tristate checkbox's third state), as it does when a patch brings it.
      if (value === undefined) delete node[1][name];
      else node[1][name] = value;
    }
  }
}
