/**
 * Small value aliases of the Cupertino pack. Richer shapes (borders, radii, text styles,
 * alignment) come from the core catalog as type-only imports of `flet-ts`, which any
 * third-party pack may do too; runtime values come only from `flet-ts/pack`. Not re-exported.
 * @module
 */

/** A colour: a name (`blue`, `primary`), `#rrggbb`/`#aarrggbb`, optionally `,opacity`. */
export type Color = string;
/** A Material Symbols icon name. */
export type Icon = string;
/** Where a link opens (`_blank`, `_self`, ...). */
export type Target = string;
/** Allowed values of a label placement. */
export const SIDES = ["right", "left"];
