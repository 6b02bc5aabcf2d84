import { roleName } from "./palette.js";

const ROLES = new Set([
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
  "surface-tint",
  "surface-variant",
  "on-surface-variant",
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
]);

// Flet's compact role names (`onprimary`) → CSS role names (`on-primary`).
const COMPACT = new Map([...ROLES].map((role) => [role.replaceAll("-", ""), role]));
COMPACT.set("oninversesurface", "inverse-on-surface");

/**
 * Turns a Flet colour value into CSS: a theme role (`primary`, `onPrimary`,
 * `surfaceVariant`) becomes its `--md-sys-color-*` custom property, Flet's 8-digit hex is
 * read as ARGB, `"color,0.5"` adds an opacity, and anything else (CSS names, `rgb()`)
 * passes through. Swatch names (`red100`) are left to packs that ship the swatch table.
 *
 * @example
 * ```ts
 * cssColor("primary"); // "var(--md-sys-color-primary)"
 * cssColor("#80ff0000"); // "#ff000080"
 * cssColor("primary,0.5"); // "color-mix(in srgb, var(--md-sys-color-primary) 50%, transparent)"
 * ```
 */
export function cssColor(value: unknown): string | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  const comma = value.lastIndexOf(",");
  if (comma > 0 && !value.includes("(")) {
    const opacity = Number(value.slice(comma + 1));
    const base = cssColor(value.slice(0, comma));
    if (base !== undefined && Number.isFinite(opacity)) {
      return `color-mix(in srgb, ${base} ${Math.round(opacity * 100)}%, transparent)`;
    }
  }
  if (/^#[0-9a-f]{8}$/i.test(value)) return `#${value.slice(3)}${value.slice(1, 3)}`;
  const role = COMPACT.get(value.toLowerCase()) ?? roleName(value);
  if (ROLES.has(role)) return `var(--md-sys-color-${role})`;
  return value;
}
