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
 * `/12/1/value`). On the wire each is the tuple `[op, path, value?]` to keep frames small;
 * {@link expandOp} turns it back into an RFC 6902 object.
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

/** An operation as sent on the wire: `[op, path, value?]`. */
export type CompactOperation = ["add" | "replace", string, unknown] | ["remove", string];

/** Encodes an operation for the wire. */
export function compactOp(op: PatchOperation): CompactOperation {
  return op.op === "remove" ? ["remove", op.path] : [op.op, op.path, op.value];
}

/** Decodes a wire operation into RFC 6902 form. */
export function expandOp(op: CompactOperation): PatchOperation {
  if (op[0] === "remove") return { op: "remove", path: op[1] };
  return { op: op[0], path: op[1], value: op[2] };
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
