/**
 * Reusable value checks for the `check` option of {@link prop}. A check runs where the
 * user sets the value (the setter, or a constructor option), after the kind check, so a
 * bad value fails with `FLET_ERR_PROP_INVALID_VALUE` whose stack points at the user's
 * line, and the control keeps its previous value.
 *
 * @example
 * ```ts
 * @prop({ kind: "number", check: checks.nonNegative }) accessor gap: number | undefined;
 * ```
 * @module
 */
import { isColorValue } from "./color-value.js";
import { isSafeUrl, SAFE_URL_SCHEMES } from "./safe-url.js";

/**
 * A value check: returns true when `value` is acceptable. `expected` completes the
 * sentence "Expected Row.spacing to be …" in the error message.
 *
 * @example
 * ```ts
 * const even: PropCheck = Object.assign((v: unknown) => typeof v === "number" && v % 2 === 0, {
 *   expected: "an even number",
 * });
 * ```
 */
export interface PropCheck {
  (value: unknown): boolean;
  /** What an acceptable value is, as a noun phrase ("a number ≥ 0"). */
  readonly expected: string;
}

/**
 * Makes a {@link PropCheck} from a predicate and the description of what it accepts.
 *
 * @example
 * ```ts
 * const percent = defineCheck((v) => typeof v === "number" && v >= 0 && v <= 100, "a number from 0 to 100");
 * ```
 */
export function defineCheck(test: (value: unknown) => boolean, expected: string): PropCheck {
  return Object.assign((value: unknown) => test(value), { expected });
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

const nonNegativeNumber = (value: unknown): boolean => isFiniteNumber(value) && value >= 0;

const SIDES = new Set(["left", "top", "right", "bottom"]);

/** The breakpoints of a ResponsiveRow, as in Flet. */
export const BREAKPOINTS: readonly string[] = ["xs", "sm", "md", "lg", "xl", "xxl"];

function perBreakpoint(value: unknown, each: (entry: unknown) => boolean): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.every(([key, entry]) => BREAKPOINTS.includes(key) && each(entry));
}

/**
 * The library of checks the built-in controls use; packs may use them too.
 *
 * @example
 * ```ts
 * @prop({ kind: "json", check: checks.padding }) accessor padding: PaddingValue | undefined;
 * ```
 */
export const checks = {
  /** A finite number ≥ 0 (sizes, spacing, radii). */
  nonNegative: defineCheck(nonNegativeNumber, "a finite number ≥ 0"),
  /** A finite number > 0. */
  positive: defineCheck((v) => isFiniteNumber(v) && v > 0, "a finite number > 0"),
  /** A whole number ≥ 1 (line counts, lengths). */
  positiveInteger: defineCheck(
    (v) => Number.isInteger(v) && (v as number) >= 1,
    "a whole number ≥ 1",
  ),
  /** A whole number ≥ 0. */
  nonNegativeInteger: defineCheck(
    (v) => Number.isInteger(v) && (v as number) >= 0,
    "a whole number ≥ 0",
  ),
  /** A number from 0.0 to 1.0 (opacity). */
  unitInterval: defineCheck(
    (v) => isFiniteNumber(v) && v >= 0 && v <= 1,
    "a number from 0.0 to 1.0",
  ),
  /** `expand`: a boolean, or a whole flex factor ≥ 1. */
  expandValue: defineCheck(
    (v) => typeof v === "boolean" || (Number.isInteger(v) && (v as number) >= 1),
    "true, false, or a whole flex factor ≥ 1",
  ),
  /** Padding or margin: a number ≥ 0, or `{ left, top, right, bottom }` of numbers ≥ 0. */
  padding: defineCheck(
    (v) =>
      nonNegativeNumber(v) ||
      (v !== null &&
        typeof v === "object" &&
        !Array.isArray(v) &&
        Object.entries(v).every(([key, side]) => SIDES.has(key) && nonNegativeNumber(side))),
    "a number ≥ 0, or { left, top, right, bottom } of numbers ≥ 0",
  ),
  /** `col`: a whole number of columns ≥ 0, or `{ xs, sm, md, lg, xl, xxl }` of those. */
  colValue: defineCheck(
    (v) =>
      (Number.isInteger(v) && (v as number) >= 0) ||
      perBreakpoint(v, (entry) => Number.isInteger(entry) && (entry as number) >= 0),
    `a whole number of columns ≥ 0, or an object of those keyed by ${BREAKPOINTS.join(", ")}`,
  ),
  /** A whole number ≥ 1, or per breakpoint (`ResponsiveRow.columns`). */
  responsivePositiveInteger: defineCheck(
    (v) =>
      (Number.isInteger(v) && (v as number) >= 1) ||
      perBreakpoint(v, (entry) => Number.isInteger(entry) && (entry as number) >= 1),
    `a whole number ≥ 1, or an object of those keyed by ${BREAKPOINTS.join(", ")}`,
  ),
  /** A number ≥ 0, or per breakpoint (`ResponsiveRow.spacing`). */
  responsiveNonNegative: defineCheck(
    (v) => nonNegativeNumber(v) || perBreakpoint(v, nonNegativeNumber),
    `a number ≥ 0, or an object of those keyed by ${BREAKPOINTS.join(", ")}`,
  ),
  /** A colour Flet knows: roles, swatches, hex, `"color,opacity"`, CSS names, rgb()/hsl(). */
  color: defineCheck(
    isColorValue,
    'a colour: a theme role ("primary"), a Flet colour ("red100", ft.colors.*), hex ("#ff0000", "#80ff0000"), "name,opacity", a CSS colour name, or rgb()/hsl() of numbers',
  ),
  /** A URL a user may be sent to: http(s), mailto, tel or relative (`url` props). */
  safeUrl: defineCheck(
    isSafeUrl,
    `a URL with one of the schemes ${SAFE_URL_SCHEMES.join(" ")} or a relative URL (javascript:, data: and other schemes are refused)`,
  ),
} as const;
