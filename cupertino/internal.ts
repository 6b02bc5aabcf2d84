/**
 * Value shapes the Cupertino controls share with the core catalog. They are repeated here
 * (as plain aliases) because a pack imports only `flet-ts/pack`; the core catalog exports
 * the richer helpers (`ft.colors`, `ft.icons`, `ft.border`...). Not re-exported.
 * @module
 */

/** A colour: a name (`blue`, `primary`), `#rrggbb`/`#aarrggbb`, optionally `,opacity`. */
export type Color = string;
/** A Material Symbols icon name. */
export type Icon = string;
/** Where a link opens (`_blank`, `_self`, ...). */
export type Target = string;
/** A label placement: `right` (default) or `left`. */
export type Side = "right" | "left";
/** Allowed values of a label placement. */
export const SIDES = ["right", "left"];
/** Corner radii: one number or per corner. */
export type Radius =
  | number
  | { topLeft?: number; topRight?: number; bottomLeft?: number; bottomRight?: number };
/** A border: per side `{ width, color }`. */
export type BorderSides = Record<string, { width?: number; color?: string } | undefined>;
/** A text style (size, weight, colour, ...). */
export type Style = Record<string, unknown>;
/** An alignment `{ x, y }` from -1 to 1. */
export type Align = { x: number; y: number };
