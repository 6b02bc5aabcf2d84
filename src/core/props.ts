/**
 * The write paths shared by the member decorators and the control base class. Every change
 * to a mounted control goes through here, so this is where "what changed" is recorded.
 *
 * @internal
 * @module
 */
import type { Control } from "./control.js";
import { createControlList, plainArrayOf } from "./control-list.js";
import { describeValue, ErrorCode, FletError } from "./errors.js";
import { $state } from "./internals.js";
import type { PropSchema } from "./schema.js";
import { holdValue, trackedValue, untracked } from "./tracked-value.js";

/** Marks a prop as changed. @internal */
export function markProp(control: Control, name: string): void {
  const state = control[$state];
  if (state.host === undefined) return;
  (state.dirtyProps ??= new Set()).add(name);
  state.host.markDirty(control);
}

/** Marks a slot as changed. @internal */
export function markSlot(control: Control, name: string): void {
  const state = control[$state];
  if (state.host === undefined) return;
  (state.dirtySlots ??= new Set()).add(name);
  state.host.markDirty(control);
}

function checkKind(control: Control, prop: PropSchema, value: unknown): void {
  const expected = prop.kind;
  const actual = typeof value;
  const ok =
    expected === "json" ||
    (expected === "string" && actual === "string") ||
    (expected === "number" && actual === "number") ||
    (expected === "boolean" && actual === "boolean") ||
    (expected === "enum" &&
      actual === "string" &&
      (prop.values?.includes(value as string) ?? true)) ||
    (expected === "string[]" && Array.isArray(value)) ||
    (expected === "number[]" && Array.isArray(value));
  if (ok && actual !== "function" && actual !== "symbol" && actual !== "bigint") {
    if (prop.check === undefined || prop.check(value)) return;
    throw new FletError(
      ErrorCode.PROP_INVALID_VALUE,
      `Expected ${control.constructor.name}.${prop.name} to be ${prop.check.expected}, but got ${describeValue(value, true)}. Pass such a value, or undefined to unset it.`,
      { control: control.constructor.name, prop: prop.name, expected: prop.check.expected },
    );
  }
  const allowed =
    expected === "enum" ? ` (one of ${prop.values?.map((v) => JSON.stringify(v)).join(", ")})` : "";
  throw new FletError(
    actual === "function" || actual === "symbol" || actual === "bigint"
      ? ErrorCode.PROP_NOT_SERIALIZABLE
      : ErrorCode.PROP_INVALID_VALUE,
    `Expected ${control.constructor.name}.${prop.name} to be ${expected === "enum" ? "a string" : `a ${expected}`}${allowed}, but got ${describeValue(value)}. Pass a value of that kind, or undefined to unset it.`,
    { control: control.constructor.name, prop: prop.name, kind: expected },
  );
}

/** Sets a declared property. @internal */
export function writeProp(control: Control, prop: PropSchema, value: unknown): void {
  const props = control[$state].props;
  value = untracked(value);
  if (value === null && prop.nullable !== true) value = undefined;
  if (Object.is(props[prop.name], value)) return;
  if (value !== undefined && value !== null) checkKind(control, prop, value);
  if (value === undefined) delete props[prop.name];
  else {
    props[prop.name] = value;
    holdValue(control, prop.name, value);
  }
  markProp(control, prop.name);
}

/**
 * Reads a declared property as its getter hands it out: arrays and plain objects come
 * tracked (writes to them are changes of the prop; see `tracked-value.ts`), an unset prop
 * reads as its default (an object default is copied into the control first, so a write to
 * it never changes the default of every other control). @internal
 */
export function readProp(control: Control, name: string, fallback: unknown): unknown {
  const props = control[$state].props;
  let value = props[name];
  if (value === undefined) {
    if (fallback === null || typeof fallback !== "object") return fallback;
    value = props[name] = structuredClone(fallback);
  }
  return trackedValue(control, name, value, markProp);
}

/**
 * Sets a property that comes from the browser: no change is sent back. A `null` is kept
 * when `keepNull` (the property is `nullable`). @internal
 */
export function writePropSilently(
  control: Control,
  name: string,
  value: unknown,
  keepNull = false,
): void {
  const props = control[$state].props;
  if (value === undefined || (value === null && !keepNull)) delete props[name];
  else props[name] = value;
}

/** Sets an event handler and the wire flag telling the browser to emit it. @internal */
export function writeHandler(
  control: Control,
  handler: string,
  fn: unknown,
  flag: string = handler,
): void {
  if (fn !== undefined && fn !== null && typeof fn !== "function") {
    throw new FletError(
      ErrorCode.PROP_INVALID_VALUE,
      `Expected ${control.constructor.name}.${handler} to be a function (sync or async) or undefined, but got ${describeValue(fn)}.`,
      { control: control.constructor.name, handler },
    );
  }
  const state = control[$state];
  const handlers = (state.handlers ??= Object.create(null) as Record<string, Function>);
  const had = handlers[handler] !== undefined;
  if (typeof fn === "function") handlers[handler] = fn;
  else delete handlers[handler];
  const has = handlers[handler] !== undefined;
  if (had === has) return;
  if (has) state.props[flag] = true;
  else delete state.props[flag];
  markProp(control, flag);
}

/** Reads a list slot, creating its observable array on first use. @internal */
export function readList<TChild>(control: Control, name: string): TChild[] {
  const slots = (control[$state].slots ??= Object.create(null) as Record<string, unknown>);
  let list = slots[name] as TChild[] | undefined;
  if (list === undefined) slots[name] = list = createControlList<TChild>(control, name);
  return list;
}

/** Replaces the contents of a list slot. @internal */
export function writeList(
  control: Control,
  name: string,
  items: readonly unknown[] | undefined,
): void {
  if (items !== undefined && items !== null && !Array.isArray(items)) {
    throw new FletError(
      ErrorCode.CONTROL_NOT_A_CONTROL,
      `Expected ${control.constructor.name}.${name} to be an array of controls, but got ${describeValue(items)}.`,
      { control: control.constructor.name, slot: name },
    );
  }
  const list = readList<unknown>(control, name);
  if (list === items) return;
  const copy = items ? [...items] : [];
  // Straight into the array behind the proxy: through it, every element and the length
  // would mark the slot again (a 1,000-row rebuild made 2,000 such calls).
  const plain = plainArrayOf(list) ?? list;
  plain.length = 0;
  for (const item of copy) plain.push(item);
  markSlot(control, name);
}

/** Sets a single-child slot. @internal */
export function writeChild(control: Control, name: string, child: unknown): void {
  const slots = (control[$state].slots ??= Object.create(null) as Record<string, unknown>);
  if (child === null) child = undefined;
  if (slots[name] === child) return;
  if (child === undefined) delete slots[name];
  else slots[name] = child;
  markSlot(control, name);
}
