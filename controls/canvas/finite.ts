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

/**
 * Options from Flet's positional arguments (`cv.Circle(x, y, radius, paint)`): when the
 * first argument is a number or a list, `args` fill `names` in order and the argument
 * after them is the options; otherwise the first argument is the options.
 */
export function positional<TOptions extends object>(
  names: readonly string[],
  args: readonly unknown[],
): TOptions | undefined {
  const first = args[0];
  if (typeof first !== "number" && !Array.isArray(first)) return first as TOptions | undefined;
  const options: Record<string, unknown> = { ...(args[names.length] as object | undefined) };
  names.forEach((name, index) => {
    if (args[index] !== undefined) options[name] = args[index];
  });
  return options as TOptions;
}
