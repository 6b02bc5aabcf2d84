/**
 * Material 3 colour schemes from any seed colour, with `@material/material-color-utilities`.
 * The client imports this module lazily (`import("./palette.js")`, a chunk of its own):
 * only a page whose theme names a seed other than the default loads it.
 * @module
 */
import {
  argbFromHex,
  Hct,
  hexFromArgb,
  MaterialDynamicColors,
  SchemeTonalSpot,
} from "@material/material-color-utilities";
import { DEFAULT_SEED, type Palette } from "./default-palette.js";

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
