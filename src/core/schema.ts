import { compareVersions, parseVersion } from "./pack-version.js";
import "reflect-metadata";
import type { PropCheck } from "./checks.js";
import type { EventClass } from "./control-event.js";
import { ErrorCode, FletError } from "./errors.js";

// Standard decorators hand member declarations to the class decorator through
// `context.metadata`, which needs `Symbol.metadata`. Node 20 lacks it; TypeScript and
// esbuild both fall back to `Symbol.for("Symbol.metadata")`, so we install that one.
(Symbol as { metadata?: symbol }).metadata ??= Symbol.for("Symbol.metadata");

/** The reflect-metadata key under which a control class's {@link ControlSchema} is stored. */
export const SCHEMA_METADATA_KEY = "flet:schema";
const DECLARATIONS = Symbol.for("flet.declarations");

/**
 * The value kinds a property can declare. `json` is any JSON-compatible value (objects
 * such as padding, theme or border); `enum` lists its allowed strings in `values`.
 */
export type PropKind = "string" | "number" | "boolean" | "json" | "enum" | "string[]" | "number[]";

/** One declared property of a control, as data. */
export interface PropSchema {
  /** The property name, camelCase, also its wire name. */
  readonly name: string;
  /** Its value kind. */
  readonly kind: PropKind;
  /** Allowed values of an `enum` property. */
  readonly values?: readonly string[];
  /** Value the property reads as when unset (never sent on the wire). */
  readonly default?: unknown;
  /** True when the value is text the control shows (finders match it). */
  readonly text?: boolean;
  /** True when the value names the control for assistive technology. */
  readonly label?: boolean;
  /** True when the browser may change the value (a text field's `value`). */
  readonly twoWay?: boolean;
  /** True when `null` is a value of its own, kept and sent (not unset). */
  readonly nullable?: boolean;
  /** Checks a set value beyond its kind (not part of the JSON form). */
  readonly check?: PropCheck;
}

/** One declared event of a control, as data. */
export interface EventSchema {
  /** The handler property (`onClick`). */
  readonly handler: string;
  /** The wire name of the event (`click`). */
  readonly name: string;
  /** The event class handed to the handler (not part of the JSON form). */
  readonly type?: EventClass;
}

/** One declared child slot of a control, as data. */
export interface SlotSchema {
  /** The slot property (`content`, `controls`). */
  readonly name: string;
  /** True for a list of children, false for a single child. */
  readonly list: boolean;
}

/**
 * The schema of a control class: everything the wire, the browser and the docs need to
 * know about it. Read it with {@link schemaOf}.
 */
export interface ControlSchema {
  /** The wire type name (`text`, `acme.starrating`). */
  readonly type: string;
  /** The package that declares the type (`flet-ts` for built-ins). */
  readonly pack: string;
  /** The declaring package's version, used to refuse mismatched browser packs. */
  readonly version: string;
  /** The class name that declared the type. */
  readonly className: string;
  readonly props: readonly PropSchema[];
  readonly events: readonly EventSchema[];
  readonly slots: readonly SlotSchema[];
}

/** Member declarations collected by the member decorators of one class. @internal */
export interface Declarations {
  props: PropSchema[];
  events: EventSchema[];
  slots: SlotSchema[];
}

/** Returns the declarations record of the class being decorated. @internal */
export function declarationsOf(metadata: DecoratorMetadataObject | undefined): Declarations {
  if (metadata === undefined) {
    throw new FletError(
      ErrorCode.SCHEMA_MISSING,
      "Expected standard decorator metadata on the control class, but there is none. Compile with TypeScript 5.2+ or esbuild 0.21+ standard decorators (not experimentalDecorators).",
    );
  }
  const bag = metadata as Record<symbol, Declarations | undefined>;
  if (!Object.hasOwn(bag, DECLARATIONS)) bag[DECLARATIONS] = { props: [], events: [], slots: [] };
  return bag[DECLARATIONS]!;
}

const registry = new Map<string, Function>();
const lookupCache = new WeakMap<Function, CompiledSchema>();

/**
 * A schema with lookup tables, cached per class.
 * @internal
 */
export interface CompiledSchema extends ControlSchema {
  readonly propsByName: ReadonlyMap<string, PropSchema>;
  readonly eventsByName: ReadonlyMap<string, EventSchema>;
  readonly eventsByHandler: ReadonlyMap<string, EventSchema>;
  readonly slotsByName: ReadonlyMap<string, SlotSchema>;
  readonly textProps: readonly string[];
  readonly labelProps: readonly string[];
  /** Names of the two-way props (the browser may change them). */
  readonly twoWayProps: readonly string[];
}

function merge<TItem>(
  inherited: readonly TItem[],
  own: readonly TItem[],
  key: (item: TItem) => string,
) {
  const byKey = new Map<string, TItem>();
  for (const item of inherited) byKey.set(key(item), item);
  for (const item of own) byKey.set(key(item), item);
  return [...byKey.values()];
}

function compile(schema: ControlSchema): CompiledSchema {
  return {
    ...schema,
    propsByName: new Map(schema.props.map((p) => [p.name, p])),
    eventsByName: new Map(schema.events.map((e) => [e.name, e])),
    eventsByHandler: new Map(schema.events.map((e) => [e.handler, e])),
    slotsByName: new Map(schema.slots.map((s) => [s.name, s])),
    textProps: schema.props.filter((p) => p.text).map((p) => p.name),
    labelProps: schema.props.filter((p) => p.label).map((p) => p.name),
    twoWayProps: schema.props.filter((p) => p.twoWay).map((p) => p.name),
  };
}

/**
 * Builds and stores the schema of `target` from its parent's schema and its own member
 * declarations. Called by `@control`, and lazily for subclasses without it. @internal
 */
export function defineSchema(
  target: Function,
  metadata: DecoratorMetadataObject | undefined,
  identity?: { type: string; pack?: string; version?: string },
): ControlSchema {
  const parent = Object.getPrototypeOf(target) as Function | null;
  const inherited: ControlSchema | undefined =
    parent && parent !== Function.prototype ? lookupSchema(parent) : undefined;
  const own =
    metadata && Object.hasOwn(metadata, DECLARATIONS)
      ? (metadata as Record<symbol, Declarations>)[DECLARATIONS]!
      : { props: [], events: [], slots: [] };
  // Abstract bases (Control itself) have no type; mounting one is refused in session code.
  const type = identity?.type ?? inherited?.type ?? "";
  const schema: ControlSchema = {
    type,
    pack: identity?.pack ?? inherited?.pack ?? "flet-ts",
    version: identity?.version ?? inherited?.version ?? "0.0.0",
    className: identity ? target.name : (inherited?.className ?? target.name),
    props: merge(inherited?.props ?? [], own.props, (p) => p.name),
    events: merge(inherited?.events ?? [], own.events, (e) => e.handler),
    slots: merge(inherited?.slots ?? [], own.slots, (s) => s.name),
  };
  if (identity) {
    const previous = registry.get(type);
    if (previous && previous !== target && previous.name !== target.name) {
      throw new FletError(
        ErrorCode.SCHEMA_DUPLICATE_TYPE,
        `Expected the control type "${type}" to be declared once, but ${previous.name} and ${target.name} both declare it. Give one of them another @control name (packs should prefix theirs, e.g. "acme.${type}").`,
        { type },
      );
    }
    registry.set(type, target);
  }
  Reflect.defineMetadata(SCHEMA_METADATA_KEY, schema, target);
  lookupCache.set(target, compile(schema));
  return schema;
}

/**
 * Builds the schema of `target` again from its metadata, keeping its wire identity, when
 * it was built already (members declared after `@control` ran, see `declareMembers`).
 * @internal
 */
export function refreshSchema(target: Function): void {
  const compiled = lookupCache.get(target);
  if (compiled === undefined) return;
  const metadata = (target as unknown as Record<symbol, DecoratorMetadataObject | undefined>)[
    Symbol.metadata
  ];
  const { type, pack, version } = compiled;
  defineSchema(
    target,
    metadata,
    registry.get(type) === target ? { type, pack, version } : undefined,
  );
}

/** The compiled schema of any class, abstract bases included. @internal */
export function lookupSchema(target: Function): CompiledSchema {
  let compiled = lookupCache.get(target);
  if (compiled === undefined) {
    defineSchema(
      target,
      (target as unknown as Record<symbol, DecoratorMetadataObject | undefined>)[Symbol.metadata],
    );
    compiled = lookupCache.get(target)!;
  }
  return compiled;
}

/**
 * Returns the schema of a control class (or of a control's class) as plain data:
 * its wire type, properties, events and child slots, inherited ones included.
 *
 * @example
 * ```ts
 * const schema = ft.schemaOf(ft.Text);
 * schema.type;                         // "text"
 * schema.props.map((p) => p.name);     // ["visible", "disabled", ..., "value", "size", ...]
 * ```
 */
export function schemaOf(target: Function | object): ControlSchema {
  const ctor = typeof target === "function" ? target : (target as object).constructor;
  return stripCompiled(lookupSchema(ctor));
}

function stripCompiled(compiled: CompiledSchema): ControlSchema {
  const { type, pack, version, className, props, events, slots } = compiled;
  return { type, pack, version, className, props, events, slots };
}

/** The compiled schema with lookup maps; refuses classes without a wire type. @internal */
export function compiledSchemaOf(ctor: Function): CompiledSchema {
  const compiled = lookupSchema(ctor);
  if (compiled.type === "") {
    throw new FletError(
      ErrorCode.SCHEMA_MISSING,
      `Expected ${ctor.name} to declare its wire type with @control("name") or to extend a concrete control, but it has none. Extend a concrete control (ft.Text, ft.Row, ...) or add @control("your.type").`,
      { className: ctor.name },
    );
  }
  return compiled;
}

/**
 * Lists every control type registered so far (built-ins and loaded packs), as data.
 *
 * @example
 * ```ts
 * const types = ft.registeredControls().map((s) => s.type);
 * ```
 */
export function registeredControls(): ControlSchema[] {
  return [...registry.values()].map((ctor) => schemaOf(ctor));
}

let packsCache: { size: number; packs: Readonly<Record<string, string>> } | undefined;

/**
 * The third-party packs whose controls are registered (loaded) so far: npm name →
 * version, as their `@control` declarations say. Built-ins (`flet-ts`) are left out.
 *
 * @example
 * ```ts
 * import "flet-sparks";
 * ft.registeredPacks(); // { "flet-sparks": "0.1.0" }
 * ```
 */
export function registeredPacks(): Readonly<Record<string, string>> {
  if (packsCache?.size !== registry.size) {
    const packs: Record<string, string> = {};
    for (const ctor of registry.values()) {
      const { pack, version } = lookupSchema(ctor);
      if (pack === "flet-ts") continue;
      // Classes of one pack disagreeing on its version: the browser must satisfy the newest.
      const known = packs[pack];
      const [a, b] = [parseVersion(version), known === undefined ? undefined : parseVersion(known)];
      if (known === undefined || (a && b && compareVersions(a, b) > 0)) packs[pack] = version;
    }
    packsCache = { size: registry.size, packs: Object.freeze(packs) };
  }
  return packsCache.packs;
}

/** Returns the class registered for a wire type, if any. */
export function controlClassOf(type: string): Function | undefined {
  return registry.get(type);
}
