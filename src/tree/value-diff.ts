/**
 * The minimal operations that turn one JSON prop value into another, so a changed list or
 * object prop goes on the wire as what changed (one `add` per appended point) rather than
 * a `replace` of the whole value.
 *
 * @internal
 * @module
 */
import { escapeSegment, type PatchOperation } from "../protocol/wire.js";

type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Deep equality of JSON data (wire values: no dates, functions or cycles). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameValue((a as Json)[key], (b as Json)[key])) return false;
  }
  return true;
}

/**
 * Appends to `ops` what turns `before` into `after` at `pointer`: lists by their common
 * head and tail (an append is one `add`, a removal one `remove`, a splice its removes and
 * adds), objects key by key, anything else one `replace`.
 */
export function diffValue(
  before: unknown,
  after: unknown,
  pointer: string,
  ops: PatchOperation[],
): void {
  if (before === after) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    diffList(before, after, pointer, ops);
  } else if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key))
        ops.push({ op: "remove", path: `${pointer}/${escapeSegment(key)}` });
    }
    for (const key of Object.keys(after)) {
      const path = `${pointer}/${escapeSegment(key)}`;
      if (!Object.hasOwn(before, key)) ops.push({ op: "add", path, value: after[key] });
      else diffValue(before[key], after[key], path, ops);
    }
  } else if (!sameValue(before, after)) {
    ops.push({ op: "replace", path: pointer, value: after });
  }
}

function diffList(before: unknown[], after: unknown[], pointer: string, ops: PatchOperation[]) {
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && sameValue(before[head], after[head])) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    sameValue(before[before.length - 1 - tail], after[after.length - 1 - tail])
  )
    tail++;
  const removed = before.length - head - tail;
  const added = after.length - head - tail;
  const paired = Math.min(removed, added);
  for (let i = head; i < head + paired; i++) diffValue(before[i], after[i], `${pointer}/${i}`, ops);
  for (let i = paired; i < removed; i++)
    ops.push({ op: "remove", path: `${pointer}/${head + paired}` });
  for (let i = paired; i < added; i++) {
    ops.push({ op: "add", path: `${pointer}/${head + i}`, value: after[head + i] });
  }
}

/**
 * The operations for prop value `before` → `after` at `pointer`: the minimal ones from
 * {@link diffValue}, or one `replace` when that is not larger on the wire.
 */
export function propOperations(before: unknown, after: unknown, pointer: string): PatchOperation[] {
  const whole: PatchOperation[] = [{ op: "replace", path: pointer, value: after }];
  if (typeof before !== "object" || typeof after !== "object" || before === null || after === null)
    return whole;
  const ops: PatchOperation[] = [];
  diffValue(before, after, pointer, ops);
  if (ops.length <= 1) return ops;
  return JSON.stringify(ops).length < JSON.stringify(whole).length ? ops : whole;
}
