/**
 * Flet colour values to CSS: the one resolver the runtime and every pack use.
 * @module
 */
import {
  CSS_COLOR_FUNCTION,
  CSS_COLOR_NAMES,
  hexColor,
  roleVariable,
} from "../core/color-value.js";
import { swatchColor } from "../core/swatches.js";

export { roleVariable };

/**
 * Converts a Flet colour value to CSS.
 *
 * - Theme roles (`primary`, `onSurface`, `surface_variant`) become
 *   `var(--md-sys-color-…)`, so they follow the theme and dark mode.
 * - Swatches (`red`, `red100`, `redAccent200`, `black54`) become their hex or rgb value.
 * - `#rrggbb` stays; `#aarrggbb` (Flutter's order) becomes `#rrggbbaa`; `#rgb` stays.
 * - `"color,opacity"` (Flet's `colors.withOpacity`) becomes a `color-mix()` with
 *   transparent, which works for theme roles too.
 * - CSS colour names (`rebeccapurple`) and `rgb()`/`rgba()`/`hsl()`/`hsla()` of numbers
 *   pass through.
 * - Anything else (`url(…)`, `var(…)`, `expression(…)`, bad hex) is not a colour: the
 *   result is `undefined`, so no CSS a client or app did not mean reaches the page
 *   (`bgcolor: "url(http://…)"` would make every viewer fetch that URL).
 *
 * @example
 * ```ts
 * cssColor("primary"); // "var(--md-sys-color-primary)"
 * cssColor("#80ff0000"); // "#ff000080"
 * cssColor("red,0.5"); // "color-mix(in srgb, #f44336 50%, transparent)"
 * ```
 */
export function cssColor(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  const comma = text.lastIndexOf(",");
  if (comma > 0 && !text.includes("(")) {
    const base = cssColor(text.slice(0, comma));
    const opacity = Number(text.slice(comma + 1));
    if (base && Number.isFinite(opacity)) {
      const percent = Math.round(Math.min(1, Math.max(0, opacity)) * 1000) / 10;
      return `color-mix(in srgb, ${base} ${percent}%, transparent)`;
    }
  }
  if (text.startsWith("#")) return hexColor(text);
  const role = roleVariable(text);
  if (role) return `var(${role})`;
  const swatch = swatchColor(text.toLowerCase().replaceAll("_", ""));
  if (swatch !== undefined) return swatch;
  if (CSS_COLOR_FUNCTION.test(text) || CSS_COLOR_NAMES.has(text.toLowerCase())) return text;
  return undefined;
}
