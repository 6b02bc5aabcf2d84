/**
 * `icons`: every Material icon constant of Flet 0.21 (8,811), spelled as in Flet.
 * @module
 */
import { MATERIAL_FAMILIES_1 } from "./material-families-1.js";
import { MATERIAL_FAMILIES_2 } from "./material-families-2.js";
import { MATERIAL_FAMILIES_3 } from "./material-families-3.js";
import { MATERIAL_FAMILIES_4 } from "./material-families-4.js";
import { MATERIAL_FAMILIES_5 } from "./material-families-5.js";
import { MATERIAL_SINGLES } from "./material-singles.js";

const FAMILIES = [
  MATERIAL_FAMILIES_1,
  MATERIAL_FAMILIES_2,
  MATERIAL_FAMILIES_3,
  MATERIAL_FAMILIES_4,
  MATERIAL_FAMILIES_5,
] as const;

type Family = (typeof FAMILIES)[number][number];

/** The constant name of a Material icon (`ADD`, `DELETE_OUTLINE`, `FAVORITE_BORDER_ROUNDED`). */
export type MaterialIconKey =
  | Family
  | `${Family}_OUTLINED`
  | `${Family}_ROUNDED`
  | `${Family}_SHARP`
  | (typeof MATERIAL_SINGLES)[number];

/** The table type of {@link icons}: each constant's value is its name in lower case. */
export type MaterialIcons = { readonly [TKey in MaterialIconKey]: Lowercase<TKey> };

/** The string value of a Material icon constant (`"add"`, `"delete_outline_rounded"`). */
export type MaterialIconName = MaterialIcons[MaterialIconKey];

/** The variant suffixes of Material icon names, in Flet's order after the plain name. */
export const MATERIAL_VARIANT_SUFFIXES = ["_OUTLINED", "_ROUNDED", "_SHARP"] as const;

function build(): MaterialIcons {
  const table: Record<string, string> = {};
  for (const part of FAMILIES) {
    for (const base of part) {
      for (const suffix of ["", ...MATERIAL_VARIANT_SUFFIXES]) {
        const key = base + suffix;
        table[key] = key.toLowerCase();
      }
    }
  }
  for (const key of MATERIAL_SINGLES) table[key] = key.toLowerCase();
  return Object.freeze(table) as MaterialIcons;
}

/**
 * Every Material icon of Flet 0.21 as a constant, with Flet's names and values:
 * `icons.ADD` is `"add"`, `icons.DELETE_OUTLINE` is `"delete_outline"`,
 * `icons.FAVORITE_BORDER_ROUNDED` is `"favorite_border_rounded"`. Plain names draw the
 * filled style; `_OUTLINED`, `_ROUNDED` and `_SHARP` draw the other three styles of Google's
 * Material Icons. Names that start with a digit are spelled out as in Flet (`TEN_K`,
 * `THREED_ROTATION`). A misspelt constant fails to compile; a misspelt string fails with
 * `FLET_ERR_ICON_UNKNOWN` when it is set on a control.
 *
 * @example
 * ```ts
 * new ft.IconButton(ft.icons.DELETE_OUTLINE, { tooltip: "Delete" });
 * new ft.Icon(ft.icons.FAVORITE_ROUNDED, { color: ft.colors.PINK });
 * ```
 */
export const icons: MaterialIcons = build();
