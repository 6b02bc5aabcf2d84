/**
 * The check every shape runs in `validate()`: no coordinate may be NaN or infinite, so
 * a bad value refuses the update instead of drawing half a picture.
 * @module
 */
import { ErrorCode, FletError } from "flet-ts/pack";

/** Throws `FLET_ERR_PROP_INVALID_VALUE` unless every number in `value` (deeply) is finite. */
export function requireFinite(shape: string, prop: string, value: unknown, path = prop): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        `Expected ${shape}.${path} to be a finite number, but got ${value}. Canvas coordinates, sizes and angles must be finite numbers.`,
        { prop },
      );
    return;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries())
      requireFinite(shape, prop, item, `${path}[${index}]`);
    return;
  }
  if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value))
      requireFinite(shape, prop, item, `${path}.${key}`);
}
