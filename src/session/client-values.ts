/**
 * What a browser may send as the new value of a two-way property: a value of the kind the
 * property declares (and, if it declares a `check`, one that passes it). Anything else
 * (an object where a string is declared, `NaN`, an enum value not listed) is refused
 * before app code sees it: a hostile client cannot hand a handler `{"$ne": null}` as a
 * text field's value.
 *
 * @module
 */
import type { PropSchema } from "../core/schema.js";

/**
 * What `prop` accepts from a browser, as a noun phrase, when `value` does not fit it;
 * `undefined` when it fits. `null` is accepted where a boolean is declared (a tristate
 * checkbox's third state) and nowhere else.
 *
 * @example
 * ```ts
 * clientValueProblem({ name: "value", kind: "string" }, { $ne: null }); // "a string"
 * ```
 */
export function clientValueProblem(prop: PropSchema, value: unknown): string | undefined {
  const expected = kindProblem(prop, value);
  if (expected !== undefined) return expected;
  if (prop.check !== undefined && value !== null && !prop.check(value)) return prop.check.expected;
  return undefined;
}

function kindProblem(prop: PropSchema, value: unknown): string | undefined {
  switch (prop.kind) {
    case "string":
      return typeof value === "string" ? undefined : "a string";
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? undefined : "a finite number";
    case "boolean":
      return typeof value === "boolean" || value === null ? undefined : "true, false or null";
    case "enum":
      return typeof value === "string" && (prop.values ?? []).includes(value)
        ? undefined
        : `one of ${(prop.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "string[]":
      return Array.isArray(value) && value.every((v) => typeof v === "string")
        ? undefined
        : "an array of strings";
    case "number[]":
      return Array.isArray(value) && value.every((v) => typeof v === "number" && Number.isFinite(v))
        ? undefined
        : "an array of finite numbers";
    case "json":
      return undefined;
  }
}
