/**
 * The decorators of the public pack API. A pack declares a control's wire type, its
 * properties, events and child slots with them; the declarations become the control's
 * {@link ControlSchema} (stored with reflect-metadata) and accessors that record changes.
 *
 * App authors never need these: they subclass existing controls.
 *
 * @module
 */

import type { PropCheck } from "./checks.js";
import type { Control } from "./control.js";
import type { EventClass } from "./control-event.js";
import { ErrorCode, FletError } from "./errors.js";
import { $state } from "./internals.js";
import { EVENT_NAME, listenFlag } from "./listen-flag.js";
import { readList, readProp, writeChild, writeHandler, writeList, writeProp } from "./props.js";
import {
  declarationsOf,
  defineSchema,
  type PropKind,
  type PropSchema,
  refreshSchema,
} from "./schema.js";

/** Options of {@link control}. */
export interface ControlDecoratorOptions {
  /** The npm package declaring the type; defaults to the parent's (`flet-ts`). */
  pack?: string;
  /** The declaring package's version; browsers with another major version are refused. */
  version?: string;
}

/**
 * Declares the wire type of a control class and seals its schema.
 *
 * @param type - The wire type name. Third-party packs prefix it (`acme.starrating`).
 * @example
 * ```ts
 * @control("acme.rating", { pack: "acme-controls", version: "1.2.0" })
 * export class Rating extends ft.Control {
 *   @prop({ kind: "number", default: 0 }) accessor value: number | undefined;
 *   @event() accessor onChange: ft.EventHandler<ft.ControlEvent<Rating>> | undefined;
 * }
 * ```
 */
export function control(type: string, options: ControlDecoratorOptions = {}) {
  return <TClass extends abstract new (...args: any[]) => Control>(
    target: TClass,
    context: ClassDecoratorContext<TClass>,
  ): void => {
    defineSchema(target, context.metadata, { type, ...options });
  };
}

/** Options of {@link prop}. */
export interface PropOptions {
  /** The value kind; `json` by default. */
  kind?: PropKind;
  /** Allowed values of an `enum` property. */
  values?: readonly string[];
  /** What the property reads as while unset. Not sent on the wire. */
  default?: unknown;
  /** The value is text the control shows (finders and docs use this). */
  text?: boolean;
  /** The value names the control for assistive technology. */
  label?: boolean;
  /** The browser may change the value (two-way bound, like a text field's `value`). */
  twoWay?: boolean;
  /**
   * `null` is a value of its own (a tristate checkbox's third state): it is kept, read
   * back and sent to the browser as `null`, where other properties treat it as unset.
   */
  nullable?: boolean;
  /**
   * Checks a set value beyond its kind (see `checks`: `nonNegative`, `expandValue`, ...);
   * a refused value throws `FLET_ERR_PROP_INVALID_VALUE` where it was set.
   */
  check?: PropCheck;
}

/** What an accessor decorator receives as its target. */
export type AccessorTarget<TValue> = ClassAccessorDecoratorTarget<Control, TValue>;
/** What an accessor decorator receives as its context. */
export type AccessorContext<TValue> = ClassAccessorDecoratorContext<Control, TValue>;

/**
 * Declares a property that is sent to the browser. Use it on an `accessor` field; setting
 * it on a mounted control records a change for the next update.
 *
 * @example
 * ```ts
 * @prop({ kind: "string", text: true }) accessor value: string | undefined;
 * @prop("number") accessor size: number | undefined;
 * ```
 */
export function prop(kindOrOptions: PropKind | PropOptions = {}) {
  const options: PropOptions =
    typeof kindOrOptions === "string" ? { kind: kindOrOptions } : kindOrOptions;
  return <TValue>(_target: AccessorTarget<TValue>, context: AccessorContext<TValue>) =>
    propMember<TValue>(String(context.name), options, context.metadata);
}

/** Records prop `name` in `metadata` and returns its accessor methods. */
function propMember<TValue>(
  name: string,
  options: PropOptions,
  metadata: DecoratorMetadataObject | undefined,
) {
  const schema: PropSchema = { name, kind: options.kind ?? "json", ...withoutKind(options) };
  // The check is behaviour, not data: hidden from the schema's plain (JSON) form.
  if (options.check)
    Object.defineProperty(schema, "check", { value: options.check, enumerable: false });
  declarationsOf(metadata).props.push(schema);
  const fallback = options.default;
  return {
    get(this: Control): TValue {
      return readProp(this, name, fallback) as TValue;
    },
    set(this: Control, value: TValue) {
      writeProp(this, schema, value);
    },
    init(this: Control, value: TValue): TValue {
      // Constructor options are applied before subclass fields initialise: they win.
      if (value !== undefined && !(name in this[$state].props)) writeProp(this, schema, value);
      return value;
    },
  };
}

function withoutKind(options: PropOptions): Omit<PropSchema, "name" | "kind" | "check"> {
  const { kind: _kind, check: _check, ...rest } = options;
  return rest;
}

/** Options of {@link event}. */
export interface EventOptions {
  /** The wire name; by default the handler name without `on` (`onClick` → `click`). */
  name?: string;
  /** The event class handed to handlers; {@link ControlEvent} by default. */
  type?: EventClass;
}

/**
 * Declares an event. The accessor holds the handler (sync or async); setting one tells the
 * browser to emit the event. The wire name is the handler name without `on`, first letter
 * lower-cased (`onClick` → `click`), unless given.
 *
 * @example
 * ```ts
 * @event() accessor onClick: ft.EventHandler<ft.ControlEvent<MyButton>> | undefined;
 * ```
 */
export function event(options: string | EventOptions = {}) {
  const { name: wireName, type } =
    typeof options === "string" ? { name: options, type: undefined } : options;
  return <TValue>(_target: AccessorTarget<TValue>, context: AccessorContext<TValue>) =>
    eventMember<TValue>(String(context.name), wireName, type, context.metadata);
}

/** Records event handler `handler` in `metadata` and returns its accessor methods. */
function eventMember<TValue>(
  handler: string,
  wireName: string | undefined,
  type: EventClass | undefined,
  metadata: DecoratorMetadataObject | undefined,
) {
  const name = wireName ?? handler.replace(/^on/, "").replace(/^./, (c) => c.toLowerCase());
  if (!EVENT_NAME.test(name))
    throw new FletError(
      ErrorCode.SCHEMA_INVALID_EVENT,
      `Expected the wire name of event ${handler} to be camelCase letters and digits (its listen flag is on + the name, "click" → "onClick"), but got ${JSON.stringify(name)}. Name it like ${JSON.stringify(name.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase()).replace(/^./, (c) => c.toLowerCase()) || "click")}.`,
      { handler, name },
    );
  // The flag the browser reads is named after the wire name, by the same rule it uses.
  const flag = listenFlag(name);
  declarationsOf(metadata).events.push(type ? { handler, name, type } : { handler, name });
  return {
    get(this: Control): TValue {
      return this[$state].handlers?.[handler] as TValue;
    },
    set(this: Control, fn: TValue) {
      writeHandler(this, handler, fn, flag);
    },
    init(this: Control, fn: TValue): TValue {
      if (fn !== undefined && this[$state].handlers?.[handler] === undefined)
        writeHandler(this, handler, fn, flag);
      return fn;
    },
  };
}

/**
 * Declares properties and events without `accessor` fields, for controls made in large
 * numbers: each `accessor` field gives every instance a storage slot (8 bytes) that is
 * never read, since values live in the control's state. The class declares the members
 * as `declare` fields (for their types and docs) and calls this right after its body:
 * the schema entries and prototype accessors are those {@link prop} and {@link event}
 * make, in the order given. A prop given as `"accessor"` is declared with `@prop` on an
 * `accessor` field instead (subclasses override it with an accessor); it only keeps its
 * place in that order. Child slots keep `@child`/`@children`.
 *
 * @param target - The control class (after `@control`, whose schema is rebuilt).
 * @param props - Property options by name, in declaration order.
 * @param events - Event options by handler name (`onClick`).
 * @example
 * ```ts
 * @control("acme.tag")
 * export class Tag extends Control {
 *   // The text of the tag.
 *   declare value: string | undefined;
 * }
 * declareMembers(Tag, { value: { kind: "string", text: true } });
 * ```
 */
export function declareMembers(
  target: abstract new (...args: any[]) => Control,
  props: Readonly<Record<string, PropOptions | "accessor">>,
  events: Readonly<Record<string, EventOptions>> = {},
): void {
  const key = Symbol.metadata as symbol;
  const record = target as unknown as Record<symbol, DecoratorMetadataObject | undefined>;
  if (!Object.hasOwn(target, key)) {
    const parent = Object.getPrototypeOf(target) as Record<symbol, object | undefined> | null;
    Object.defineProperty(target, key, {
      value: Object.create(parent?.[key] ?? null),
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  const metadata = record[key];
  const declared = declarationsOf(metadata);
  const byDecorator = new Map(declared.props.map((schema) => [schema.name, schema]));
  declared.props.length = 0;
  const define = (name: string, member: { get(): unknown; set(value: unknown): void }) =>
    Object.defineProperty(target.prototype, name, {
      get: member.get,
      set: member.set,
      enumerable: false,
      configurable: true,
    });
  for (const [name, options] of Object.entries(props)) {
    if (options !== "accessor") define(name, propMember(name, options, metadata));
    else if (byDecorator.has(name)) declared.props.push(byDecorator.get(name)!);
    byDecorator.delete(name);
  }
  declared.props.push(...byDecorator.values());
  for (const [handler, options] of Object.entries(events))
    define(handler, eventMember(handler, options.name, options.type, metadata));
  // Called after the class is defined, so `@control` may have built its schema already.
  refreshSchema(target);
}

/**
 * Declares a slot holding one child control (`content`, `title`, `leading`).
 *
 * @example
 * ```ts
 * @child() accessor content: ft.Control | undefined;
 * ```
 */
export function child() {
  return <TValue>(_target: AccessorTarget<TValue>, context: AccessorContext<TValue>) => {
    const name = String(context.name);
    declarationsOf(context.metadata).slots.push({ name, list: false });
    return {
      get(this: Control): TValue {
        return this[$state].slots?.[name] as TValue;
      },
      set(this: Control, value: TValue) {
        writeChild(this, name, value);
      },
      init(this: Control, value: TValue): TValue {
        if (value !== undefined && this[$state].slots?.[name] === undefined)
          writeChild(this, name, value);
        return value;
      },
    };
  };
}

/**
 * Declares a slot holding a list of child controls (`controls`, `actions`). The accessor
 * returns a live array: `push`, `splice`, index writes and `length` all record changes.
 * Assigning an array replaces the list's contents.
 *
 * @example
 * ```ts
 * @children() accessor controls: ft.Control[];
 * ```
 */
export function children() {
  return <TValue>(_target: AccessorTarget<TValue>, context: AccessorContext<TValue>) => {
    const name = String(context.name);
    declarationsOf(context.metadata).slots.push({ name, list: true });
    return {
      get(this: Control): TValue {
        return readList(this, name) as TValue;
      },
      set(this: Control, value: TValue) {
        writeList(this, name, value as readonly unknown[] | undefined);
      },
      init(this: Control, value: TValue): TValue {
        if (Array.isArray(value) && value.length > 0 && readList(this, name).length === 0) {
          writeList(this, name, value);
        }
        return value;
      },
    };
  };
}
