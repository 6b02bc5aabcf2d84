import {
  argbFromHex,
  Hct,
  hexFromArgb,
  MaterialDynamicColors,
  SchemeTonalSpot,
} from "@material/material-color-utilities";

/** Colour roles by CSS name (`primary`, `on-primary`, `surface-container-high`, ...) → `#rrggbb`. */
export type Palette = Record<string, string>;

/** The seed Flet uses when a theme names none (Material's default purple). */
export const DEFAULT_SEED = "#6750a4";

const SKIP = /palette_key_color|_dim$/;

/**
 * Derives the Material 3 colour scheme (tonal spot, as Flutter's `ColorScheme.fromSeed`)
 * of a seed colour, light or dark, with `@material/material-color-utilities`.
 *
 * @example
 * ```ts
 * derivePalette("#0061a4", false)["primary"]; // "#32628d"-ish: a blue of tone 40
 * ```
 */
export function derivePalette(seed: string, dark: boolean): Palette {
  const scheme = new SchemeTonalSpot(Hct.fromInt(argbFromHex(toHex(seed))), dark, 0);
  const palette: Palette = {};
  for (const color of new MaterialDynamicColors().allColors) {
    if (SKIP.test(color.name)) continue;
    palette[color.name.replaceAll("_", "-")] = hexFromArgb(
      color.getArgb(scheme as unknown as Parameters<typeof color.getArgb>[0]),
    );
  }
  // Roles Material 3 retired in 2023 but Flet apps still name: map them to their successors.
  palette["surface-variant"] ??= palette["surface-container-highest"] ?? palette.surface!;
  palette.background ??= palette.surface!;
  palette["on-background"] ??= palette["on-surface"]!;
  return palette;
}

/**
 * Turns a palette into CSS custom property declarations (`--md-sys-color-primary: #...;`),
 * the names Material Web components read.
 */
export function paletteCss(palette: Palette): string {
  let css = "";
  for (const [role, hex] of Object.entries(palette)) css += `--md-sys-color-${role}:${hex};`;
  return css;
}

/**
 * Normalizes a theme's colour role name (`onPrimary`, `onprimary`, `on_primary`) to the
 * CSS name (`on-primary`).
 */
export function roleName(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .replaceAll("_", "-")
    .toLowerCase();
}

function toHex(color: string): string {
  const hex = color.trim().replace(/^#/, "");
  // Flet's 8-digit hex is ARGB; only the RGB part matters for a seed.
  if (/^[0-9a-f]{8}$/i.test(hex)) return `#${hex.slice(2)}`;
  if (/^[0-9a-f]{3}$/i.test(hex)) return `#${[...hex].map((c) => c + c).join("")}`;
  if (/^[0-9a-f]{6}$/i.test(hex)) return `#${hex}`;
  return NAMED_SEEDS[color.trim().toLowerCase()] ?? DEFAULT_SEED;
}

// Flet's seed examples use Material swatch names; their 500 shades.
const NAMED_SEEDS: Record<string, string> = {
  red: "#f44336",
  pink: "#e91e63",
  purple: "#9c27b0",
  deeppurple: "#673ab7",
  indigo: "#3f51b5",
  blue: "#2196f3",
  lightblue: "#03a9f4",
  cyan: "#00bcd4",
  teal: "#009688",
  green: "#4caf50",
  lightgreen: "#8bc34a",
  lime: "#cddc39",
  yellow: "#ffeb3b",
  amber: "#ffc107",
  orange: "#ff9800",
  deeporange: "#ff5722",
  brown: "#795548",
  grey: "#9e9e9e",
  bluegrey: "#607d8b",
};
