/**
 * A pack's schema as data, and the diff that says which version bump a change needs.
 * @module
 */
import * as core from "../core/control.js";
import { compareVersions, parseVersion } from "../core/pack-version.js";
import {
  type ControlSchema,
  controlClassOf,
  type EventSchema,
  type PropSchema,
  registeredControls,
  type SlotSchema,
  schemaOf,
} from "../core/schema.js";

/** A control class, as the pack declares it. */
export type ControlClass = abstract new (...args: any[]) => object;

/** One control of a {@link PackSchema}: what the pack itself declares. */
export interface PackControlSchema {
  /** The wire type (`sparks.starrating`). */
  readonly type: string;
  /** The class name. */
  readonly className: string;
  /** The class it builds on from another package (`ConstrainedControl`). */
  readonly base: string;
  /** Properties the pack declares (the base's own are governed by its package). */
  readonly props: readonly Omit<PropSchema, never>[];
  readonly events: readonly Pick<EventSchema, "handler" | "name">[];
  readonly slots: readonly SlotSchema[];
}

/**
 * A pack's wire contract as JSON: commit it (`flet-schema.json`) and compare the next
 * version against it with {@link diffPackSchemas}.
 */
export interface PackSchema {
  readonly name: string;
  readonly version: string;
  readonly controls: readonly PackControlSchema[];
}

function isDeclared(cls: Function): boolean {
  const { type } = schemaOf(cls);
  return type !== "" && controlClassOf(type) === cls;
}

/**
 * The packages owning each undecorated class: those of the registered controls that
 * extend it through undecorated classes only (`ConstrainedControl` is flet-ts's, as its
 * controls extend it; a pack's own `ChartBase` is the pack's).
 */
function undecoratedOwners(): Map<Function, Set<string>> {
  const owners = new Map<Function, Set<string>>();
  // flet-ts's own bases, whether or not a built-in control is loaded yet.
  for (const value of Object.values(core))
    if (typeof value === "function") owners.set(value, new Set(["flet-ts"]));
  for (const { type, pack } of registeredControls()) {
    let current = Object.getPrototypeOf(controlClassOf(type)) as Function | null;
    while (current && current !== Function.prototype && !isDeclared(current)) {
      let set = owners.get(current);
      if (!set) owners.set(current, (set = new Set()));
      set.add(pack);
      current = Object.getPrototypeOf(current) as Function | null;
    }
  }
  return owners;
}

/** The package a class belongs to, as seen from `pack`. */
function ownerOf(cls: Function, pack: string, owners: Map<Function, Set<string>>): string {
  if (isDeclared(cls)) return schemaOf(cls).pack;
  const set = owners.get(cls);
  if (!set || set.has("flet-ts")) return "flet-ts";
  // A base shared by two packs' controls is checked as the pack's own (the safe side).
  return set.has(pack) ? pack : [...set][0]!;
}

/**
 * The nearest ancestor declared by another package: its members are not the pack's.
 * The pack's own undecorated bases (an `abstract class ChartBase` holding shared
 * members) are walked through: their members are the pack's.
 */
function baseOf(
  target: Function,
  pack: string,
  owners: Map<Function, Set<string>>,
): Function | undefined {
  let current = Object.getPrototypeOf(target) as Function | null;
  while (current && current !== Function.prototype) {
    if (ownerOf(current, pack, owners) !== pack) return current;
    current = Object.getPrototypeOf(current) as Function | null;
  }
  return undefined;
}

function own<TItem>(
  items: readonly TItem[],
  inherited: readonly TItem[],
  key: (i: TItem) => string,
) {
  const known = new Map(inherited.map((item) => [key(item), JSON.stringify(item)]));
  // Redeclared with a change counts as the pack's own (say, a new default).
  return items.filter((item) => known.get(key(item)) !== JSON.stringify(item));
}

function plain<TValue>(value: TValue): TValue {
  return JSON.parse(JSON.stringify(value)) as TValue;
}

/**
 * The schema of a pack: for each control, the properties, events and slots the pack
 * declares (not those of the flet-ts base class it extends), as plain JSON. Members the
 * pack declares on its own undecorated base classes count as the control's own.
 *
 * @example
 * ```ts
 * const schema = packSchema({ name: "flet-sparks", version: "0.1.0", controls: [StarRating] });
 * writeFileSync("flet-schema.json", `${JSON.stringify(schema, null, 2)}\n`);
 * ```
 */
export function packSchema(pack: {
  name: string;
  version: string;
  controls: readonly ControlClass[];
}): PackSchema {
  const owners = undecoratedOwners();
  const controls = pack.controls.map((ctor): PackControlSchema => {
    const schema: ControlSchema = schemaOf(ctor);
    const base = baseOf(ctor, schema.pack, owners);
    const inherited = base ? schemaOf(base) : undefined;
    return {
      type: schema.type,
      className: schema.className,
      base: base?.name ?? "",
      props: plain(own(schema.props, inherited?.props ?? [], (p) => p.name)),
      events: own(schema.events, inherited?.events ?? [], (e) => e.handler).map((e) => ({
        handler: e.handler,
        name: e.name,
      })),
      slots: plain(own(schema.slots, inherited?.slots ?? [], (s) => s.name)),
    };
  });
  controls.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  return { name: pack.name, version: pack.version, controls };
}

/** The version bump a change needs. */
export type VersionBump = "major" | "minor" | "patch";

/** The result of {@link diffPackSchemas}. */
export interface SchemaDiff {
  /** Changes an older browser (or app) cannot cope with: removals and changed meanings. */
  readonly breaking: readonly string[];
  /** Additions: an older browser cannot render them, so browsers must update. */
  readonly additions: readonly string[];
  /** Changes the wire does not see (docs flags such as `text` and `label`). */
  readonly other: readonly string[];
  /**
   * The smallest semver bump the changes need: `major` for breaking ones (the minor, below
   * 1.0), `minor` for additions (the patch, below 1.0), else `patch`.
   */
  readonly required: VersionBump;
  /** True when the current version moved from the previous one by at least {@link required}. */
  readonly versionOk: boolean;
  /** A readable report: the versions, the verdict, and each change on its own line. */
  format(): string;
}

const RANK: Record<VersionBump | "none", number> = { none: 0, patch: 1, minor: 2, major: 3 };

function bumpBetween(previous: string, current: string): VersionBump | "none" | "backwards" {
  const a = parseVersion(previous);
  const b = parseVersion(current);
  if (!a || !b) return previous === current ? "none" : "backwards";
  const order = compareVersions(b, a);
  if (order < 0) return "backwards";
  if (b.major !== a.major) return "major";
  if (b.minor !== a.minor) return "minor";
  return order === 0 ? "none" : "patch";
}

function diffProps(
  type: string,
  before: readonly PropSchema[],
  after: readonly PropSchema[],
  out: { breaking: string[]; additions: string[]; other: string[] },
) {
  const now = new Map(after.map((p) => [p.name, p]));
  for (const old of before) {
    const prop = now.get(old.name);
    const where = `${type}.${old.name}`;
    if (!prop) {
      out.breaking.push(`${where}: property removed`);
      continue;
    }
    if (prop.kind !== old.kind) out.breaking.push(`${where}: kind ${old.kind} → ${prop.kind}`);
    const oldValues = old.values ?? [];
    const newValues = prop.values ?? [];
    const dropped = oldValues.filter((v) => !newValues.includes(v));
    const added = newValues.filter((v) => !oldValues.includes(v));
    if (dropped.length) out.breaking.push(`${where}: values removed (${dropped.join(", ")})`);
    if (added.length) out.additions.push(`${where}: values added (${added.join(", ")})`);
    if (JSON.stringify(prop.default) !== JSON.stringify(old.default)) {
      out.additions.push(
        `${where}: default ${JSON.stringify(old.default)} → ${JSON.stringify(prop.default)}`,
      );
    }
    if (Boolean(old.twoWay) !== Boolean(prop.twoWay)) {
      (old.twoWay ? out.breaking : out.additions).push(
        `${where}: ${old.twoWay ? "no longer" : "now"} two-way`,
      );
    }
    for (const flag of ["text", "label"] as const) {
      if (Boolean(old[flag]) !== Boolean(prop[flag]))
        out.other.push(`${where}: ${flag} ${Boolean(old[flag])} → ${Boolean(prop[flag])}`);
    }
  }
  const known = new Set(before.map((p) => p.name));
  for (const prop of after)
    if (!known.has(prop.name)) out.additions.push(`${type}.${prop.name}: property added`);
}

/**
 * Compares two versions of a pack's schema and says whether the new version number
 * honours the changes (docs/decisions/0004-pack-format.md). Removing a control, property,
 * event, slot or enum value, or changing a kind, is breaking; adding any of them, or
 * changing a default, is an addition.
 *
 * @example
 * ```ts
 * const diff = diffPackSchemas(previous, packSchema({ name, version, controls }));
 * expect(diff.versionOk, diff.format()).toBe(true);
 * ```
 */
export function diffPackSchemas(previous: PackSchema, current: PackSchema): SchemaDiff {
  const out = { breaking: [] as string[], additions: [] as string[], other: [] as string[] };
  if (previous.name !== current.name)
    out.breaking.push(`pack renamed: ${previous.name} → ${current.name}`);
  const now = new Map(current.controls.map((c) => [c.type, c]));
  for (const old of previous.controls) {
    const control = now.get(old.type);
    if (!control) {
      out.breaking.push(`${old.type}: control removed`);
      continue;
    }
    if (control.base !== old.base)
      out.breaking.push(`${old.type}: base class ${old.base} → ${control.base}`);
    if (control.className !== old.className)
      out.other.push(`${old.type}: class ${old.className} → ${control.className}`);
    diffProps(old.type, old.props, control.props, out);
    const events = new Set(control.events.map((e) => e.name));
    const oldEvents = new Set(old.events.map((e) => e.name));
    for (const name of oldEvents)
      if (!events.has(name)) out.breaking.push(`${old.type}: event ${name} removed`);
    for (const name of events)
      if (!oldEvents.has(name)) out.additions.push(`${old.type}: event ${name} added`);
    const slots = new Map(control.slots.map((s) => [s.name, s]));
    for (const slot of old.slots) {
      const next = slots.get(slot.name);
      if (!next) out.breaking.push(`${old.type}: slot ${slot.name} removed`);
      else if (next.list !== slot.list)
        out.breaking.push(
          `${old.type}: slot ${slot.name} is ${next.list ? "now" : "no longer"} a list`,
        );
    }
    for (const slot of control.slots)
      if (!old.slots.some((s) => s.name === slot.name))
        out.additions.push(`${old.type}: slot ${slot.name} added`);
  }
  const known = new Set(previous.controls.map((c) => c.type));
  for (const control of current.controls)
    if (!known.has(control.type)) out.additions.push(`${control.type}: control added`);

  const zero = (parseVersion(previous.version)?.major ?? 1) === 0;
  const semantic: VersionBump = out.breaking.length
    ? "major"
    : out.additions.length
      ? "minor"
      : "patch";
  // Below 1.0, npm's caret treats the minor as the major and the patch as the minor.
  const required: VersionBump = zero ? (semantic === "major" ? "minor" : "patch") : semantic;
  const bump = bumpBetween(previous.version, current.version);
  const changed = out.breaking.length + out.additions.length > 0;
  const versionOk = bump !== "backwards" && (changed ? RANK[bump] >= RANK[required] : true);
  return {
    breaking: out.breaking,
    additions: out.additions,
    other: out.other,
    required,
    versionOk,
    format() {
      const verdict = versionOk
        ? "the version honours the changes"
        : bump === "backwards"
          ? "the version went backwards"
          : `these changes need at least a ${required} bump`;
      const lines = [
        `${current.name} ${previous.version} → ${current.version}: ${verdict}.`,
        ...out.breaking.map((line) => `  breaking  ${line}`),
        ...out.additions.map((line) => `  added     ${line}`),
        ...out.other.map((line) => `  other     ${line}`),
      ];
      return lines.join("\n");
    },
  };
}
