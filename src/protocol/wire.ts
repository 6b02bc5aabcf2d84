/**
 * The shapes that travel on the wire, in one place.
 *
 * ## The replica
 * Browser and tester hold the same flat map, `{ [id]: WireNode }`. The page is `"page"`.
 *
 * ## A node: `[type, props, slots?]`
 * - `type`: the control's wire type (`"text"`).
 * - `props`: the properties that are set, by name (`{ value: "Hi", size: 20 }`); an event
 *   the server listens to appears as `onX: true`.
 * - `slots`: child ids by slot, a string for a single child (`content`), an array for a
 *   list (`controls`); omitted for controls without slots.
 *
 * ## An operation
 * Patches are RFC 6902 operations on the replica (JSON Pointer paths such as
 * `/12/1/value`). On the wire each is the tuple `[code, path, value?]` with the numeric
 * {@link OpCode} (`0` add, `1` replace, `2` remove) to keep frames small; {@link expandOp}
 * turns it back into an RFC 6902 object. Whole new nodes travel apart from the operations,
 * as the `nodes` map of a patch (see `PatchMessage`).
 *
 * @module
 */

/** Props of a node, by name. */
export type WireProps = Record<string, unknown>;
/** Slots of a node: an id, or a list of ids. */
export type WireSlots = Record<string, string | string[]>;
/** A node of the replica: `[type, props, slots?]`. */
export type WireNode = [type: string, props: WireProps, slots?: WireSlots];
/** The replica: nodes by id. */
export type WireTree = Record<string, WireNode>;

/** Index of the type in a {@link WireNode}. */
export const NODE_TYPE = 0;
/** Index of the props in a {@link WireNode}. */
export const NODE_PROPS = 1;
/** Index of the slots in a {@link WireNode}. */
export const NODE_SLOTS = 2;
/** The id of the page, the root of every replica. */
export const PAGE_ID = "page";

/** An RFC 6902 operation, as flet-ts emits them (`add`, `remove`, `replace`). */
export type PatchOperation =
  | { op: "add"; path: string; value: unknown }
  | { op: "replace"; path: string; value: unknown }
  | { op: "remove"; path: string };

/** The numeric code of an operation on the wire. */
export const OpCode = { add: 0, replace: 1, remove: 2 } as const;
/** One of {@link OpCode}'s values. */
export type OpCode = (typeof OpCode)[keyof typeof OpCode];

/** An operation as sent on the wire: `[code, path, value?]` (see {@link OpCode}). */
export type CompactOperation =
  | [code: 0 | 1, path: string, value: unknown]
  | [code: 2, path: string];

const OP_NAMES = ["add", "replace", "remove"] as const;

/** Encodes an operation for the wire. */
export function compactOp(op: PatchOperation): CompactOperation {
  return op.op === "remove" ? [OpCode.remove, op.path] : [OpCode[op.op], op.path, op.value];
}

/** Decodes a wire operation into RFC 6902 form. */
export function expandOp(op: CompactOperation): PatchOperation {
  if (op[0] === OpCode.remove) return { op: "remove", path: op[1] };
  return { op: OP_NAMES[op[0]] as "add" | "replace", path: op[1], value: op[2] };
}

/**
 * Splits a batch of RFC 6902 operations into what a patch frame carries: the whole new
 * nodes (`add` at `/<id>`) as a map, and every other operation in wire form.
 */
export function toWireBatch(ops: readonly PatchOperation[]): {
  ops: CompactOperation[];
  nodes: WireTree | undefined;
} {
  const compact: CompactOperation[] = [];
  let nodes: WireTree | undefined;
  for (const op of ops) {
    if (op.op === "add" && op.path.indexOf("/", 1) === -1) {
      // No prototype: a dictionary keyed by ids (an ordinary object would build a hidden
      // class per new set of ids); JSON.stringify encodes it like any object.
      nodes ??= Object.create(null) as WireTree;
      nodes[unescapeSegment(op.path.slice(1))] = op.value as WireNode;
    } else compact.push(compactOp(op));
  }
  return { ops: compact, nodes };
}

/**
 * The RFC 6902 operations of a patch frame: an `add` per new node, then its operations
 * (what the tester records, and the inverse of {@link toWireBatch}).
 */
export function fromWireBatch(
  ops: readonly CompactOperation[],
  nodes: WireTree | undefined,
): PatchOperation[] {
  const out: PatchOperation[] = [];
  if (nodes !== undefined)
    for (const id of Object.keys(nodes))
      out.push({ op: "add", path: `/${escapeSegment(id)}`, value: nodes[id] });
  for (const op of ops) out.push(expandOp(op));
  return out;
}

/** Escapes one JSON Pointer segment (RFC 6901). */
export function escapeSegment(segment: string | number): string {
  const text = String(segment);
  return text.includes("~") || text.includes("/")
    ? text.replaceAll("~", "~0").replaceAll("/", "~1")
    : text;
}

/** Builds a JSON Pointer from segments. */
export function toPointer(segments: readonly (string | number)[]): string {
  let pointer = "";
  for (const segment of segments) pointer += `/${escapeSegment(segment)}`;
  return pointer;
}

/** Unescapes one JSON Pointer segment (RFC 6901). */
export function unescapeSegment(segment: string): string {
  return segment.includes("~") ? segment.replaceAll("~1", "/").replaceAll("~0", "~") : segment;
}
