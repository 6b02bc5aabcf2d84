/**
 * Flet colour values to CSS: the one resolver the runtime and every pack use.
 * @module
 */
import { swatchColor } from "./swatches.js";

// Material 3 colour roles, compact (Flet spelling, lower case) → CSS custom property.
const ROLES = [
  "primary",
  "on-primary",
  "primary-container",
  "on-primary-container",
  "secondary",
  "on-secondary",
  "secondary-container",
  "on-secondary-container",
  "tertiary",
  "on-tertiary",
  "tertiary-container",
  "on-tertiary-container",
  "error",
  "on-error",
  "error-container",
  "on-error-container",
  "outline",
  "outline-variant",
  "background",
  "on-background",
  "surface",
  "on-surface",
  "surface-variant",
  "on-surface-variant",
  "surface-tint",
  "inverse-surface",
  "inverse-on-surface",
  "inverse-primary",
  "shadow",
  "scrim",
  "surface-dim",
  "surface-bright",
  "surface-container-lowest",
  "surface-container-low",
  "surface-container",
  "surface-container-high",
  "surface-container-highest",
];
const ROLE_VARS = new Map(ROLES.map((role) => [role.replaceAll("-", ""), role]));
// Flet spells this one differently from the Material token.
ROLE_VARS.set("oninversesurface", "inverse-on-surface");

/**
 * The CSS custom property of a Material 3 colour role (`"onSurface"`, `"on_surface"`,
 * `"onsurface"` → `"--md-sys-color-on-surface"`), or `undefined` if `name` is not a role.
 */
export function roleVariable(name: string): string | undefined {
  const role = ROLE_VARS.get(name.toLowerCase().replaceAll("_", ""));
  return role && `--md-sys-color-${role}`;
}

/**
 * Converts a Flet colour value to CSS.
 *
 * - Theme roles (`primary`, `onSurface`, `surface_variant`) become
 *   `var(--md-sys-color-…)`, so they follow the theme and dark mode.
 * - Swatches (`red`, `red100`, `redAccent200`, `black54`) become their hex or rgb value.
 * - `#rrggbb` stays; `#aarrggbb` (Flutter's order) becomes `#rrggbbaa`; `#rgb` stays.
 * - `"color,opacity"` (Flet's `colors.withOpacity`) becomes a `color-mix()` with
 *   transparent, which works for theme roles too.
 * - Anything else is passed through as CSS (`rgb(…)`, `rebeccapurple`).
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
  return swatchColor(text.toLowerCase().replaceAll("_", "")) ?? text;
}

function hexColor(text: string): string {
  const digits = text.slice(1).toLowerCase();
  if (digits.length === 8) return `#${digits.slice(2)}${digits.slice(0, 2)}`;
  return `#${digits}`;
}
