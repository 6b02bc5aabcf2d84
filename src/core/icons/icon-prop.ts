/**
 * Icon properties: a declared prop that accepts only the icon names of Flet 0.21 and says
 * which names were meant when it gets another.
 * @module
 */
import type { Control } from "../control.js";
import {
  type AccessorContext,
  type AccessorTarget,
  type PropOptions,
  prop,
} from "../decorators.js";
import { describeValue, ErrorCode, FletError } from "../errors.js";
import { cupertinoIcons } from "./cupertino-icons.js";
import { icons } from "./material-icons.js";

let known: Set<string> | undefined;

function knownNames(): Set<string> {
  known ??= new Set([...Object.values(icons), ...Object.values(cupertinoIcons)]);
  return known;
}

/**
 * True when `name` is the value of one of Flet's icon constants, Material (`"add"`,
 * `"delete_outline_rounded"`) or Cupertino (`"cupertino_heart_fill"`). Case does not
 * matter (`"ADD"` is `"add"`), as in Flet's client.
 *
 * @example
 * ```ts
 * isIconName("favorite_border"); // true
 * isIconName("favourite"); // false
 * ```
 */
export function isIconName(name: string): boolean {
  return knownNames().has(name.toLowerCase());
}

function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The icon names closest to `name` (edit distance, then names that contain it), best
 * first; used to suggest a fix for a misspelt icon.
 *
 * @example
 * ```ts
 * closestIconNames("favourite"); // ["favorite", ...]
 * ```
 */
export function closestIconNames(name: string, count = 3): string[] {
  const wanted = name.toLowerCase();
  const limit = Math.max(2, Math.ceil(wanted.length / 3));
  const scored: Array<[number, string]> = [];
  for (const candidate of knownNames()) {
    const score = candidate.includes(wanted) ? 0.5 : distance(wanted, candidate, limit);
    if (score <= limit) scored.push([score + candidate.length / 1000, candidate]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  return scored.slice(0, count).map(([, candidate]) => candidate);
}

/**
 * Throws `FLET_ERR_ICON_UNKNOWN` unless `value` is unset or one of Flet's icon names.
 * @internal
 */
export function checkIconName(control: Control, name: string, value: unknown): void {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [state, icon] of Object.entries(value))
      checkIconName(control, `${name}.${state}`, icon);
    return;
  }
  if (value === undefined || value === null || typeof value !== "string" || isIconName(value))
    return;
  const suggestions = closestIconNames(value);
  const hint =
    suggestions.length > 0
      ? `Did you mean ${suggestions.map((s) => JSON.stringify(s)).join(", ")}?`
      : "No icon name is close to it.";
  throw new FletError(
    ErrorCode.ICON_UNKNOWN,
    `Expected ${control.constructor.name}.${name} to be an icon name of Flet 0.21 (ft.icons or ft.cupertinoIcons), but got ${describeValue(value)}. ${hint} Use a constant such as ft.icons.ADD so the compiler checks the name.`,
    { control: control.constructor.name, prop: name, value, suggestions },
  );
}

/** Options of {@link iconProp}: those of `prop()` except the kind. */
export interface IconPropOptions extends Omit<PropOptions, "kind" | "values"> {
  /**
   * The value is an icon or a map of states to icons (`{ selected: "check" }`), sent as
   * JSON; every icon in it is checked.
   */
  perState?: boolean;
}

/**
 * Declares an icon property: a `string` prop that accepts the value of any of Flet's
 * icon constants ({@link icons}, {@link cupertinoIcons}) and throws
 * `FLET_ERR_ICON_UNKNOWN`, with the closest names, for anything else. With
 * `perState: true` the value may also map Material states to icons.
 *
 * @example
 * ```ts
 * @control("acme.badge")
 * class Badge extends Control {
 *   @iconProp() accessor icon: string | undefined;
 * }
 * new Badge({ icon: "favourite" }); // FLET_ERR_ICON_UNKNOWN: Did you mean "favorite", ...
 * ```
 */
export function iconProp(options: IconPropOptions = {}) {
  const { perState, ...rest } = options;
  const declare = prop({ ...rest, kind: perState === true ? "json" : "string" });
  return <TValue>(target: AccessorTarget<TValue>, context: AccessorContext<TValue>) => {
    const name = String(context.name);
    const accessors = declare(target, context);
    return {
      get: accessors.get,
      set(this: Control, value: TValue) {
        checkIconName(this, name, value);
        accessors.set.call(this, value);
      },
      init(this: Control, value: TValue): TValue {
        checkIconName(this, name, value);
        return accessors.init.call(this, value);
      },
    };
  };
}
