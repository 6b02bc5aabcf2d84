/**
 * The pure parts of the renderers (no DOM, no flet-ts): values, keys and what screen
 * readers hear. Unit-tested in Node (test/values.test.ts).
 * @module
 */

/** The number of stars: `max` as a whole number from 1 to 100 (default 5). */
export function starCount(max: unknown): number {
  return typeof max === "number" && Number.isFinite(max)
    ? Math.min(100, Math.max(1, Math.round(max)))
    : 5;
}

/**
 * What a screen reader says for the value.
 *
 * @example
 * ```ts
 * valueText(3.5, 5); // "3.5 of 5 stars"
 * ```
 */
export function valueText(value: number, max: number): string {
  return `${value} of ${max} ${max === 1 ? "star" : "stars"}`;
}

/**
 * The value after `key` from `value`, or `undefined` when the key does nothing.
 *
 * @example
 * ```ts
 * nextValue("ArrowRight", 3, { max: 5, step: 1, rtl: false }); // 4
 * nextValue("End", 3, { max: 5, step: 1, rtl: false }); // 5
 * ```
 */
export function nextValue(
  key: string,
  value: number,
  options: { max: number; step: number; rtl: boolean },
): number | undefined {
  const { max, step, rtl } = options;
  const up = () => Math.floor(value / step + 1e-9) * step + step;
  const down = () => Math.ceil(value / step - 1e-9) * step - step;
  let next: number | undefined;
  if (key === "ArrowUp" || key === (rtl ? "ArrowLeft" : "ArrowRight")) next = up();
  else if (key === "ArrowDown" || key === (rtl ? "ArrowRight" : "ArrowLeft")) next = down();
  else if (key === "Home") next = 0;
  else if (key === "End") next = max;
  else if (/^[0-9]$/.test(key) && Number(key) <= max) next = Number(key);
  return next === undefined ? undefined : Math.min(max, Math.max(0, next));
}

/** A number as the chart says it: at most two decimals. */
export function formatValue(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The finite numbers of a `values` prop. */
export function valuesOf(values: unknown): number[] {
  return Array.isArray(values)
    ? values.filter((v): v is number => typeof v === "number" && Number.isFinite(v))
    : [];
}

/**
 * The accessible name of a sparkline.
 *
 * @example
 * ```ts
 * summarize("Sales", [3, 17, 9]); // "Sales: 3 values, from 3 to 17, last 9"
 * ```
 */
export function summarize(label: unknown, values: readonly number[]): string {
  const prefix = typeof label === "string" && label !== "" ? `${label}: ` : "Sparkline: ";
  if (values.length === 0) return `${prefix}no values`;
  const last = formatValue(values[values.length - 1]!);
  if (values.length === 1) return `${prefix}1 value, ${last}`;
  const low = formatValue(Math.min(...values));
  const high = formatValue(Math.max(...values));
  return `${prefix}${values.length} values, from ${low} to ${high}, last ${last}`;
}
