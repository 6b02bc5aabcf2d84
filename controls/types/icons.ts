/**
 * The icon name type of the controls' icon properties. The constants themselves
 * (`ft.icons`, `ft.cupertinoIcons`) come from `flet-ts/pack`.
 * @module
 */

/**
 * The name of an icon: the value of a Flet icon constant, Material (`"add"`,
 * `"delete_outline_rounded"`, see `ft.icons`) or Cupertino (`"cupertino_heart_fill"`, see
 * `ft.cupertinoIcons`). Setting any other string on an icon property throws
 * `FLET_ERR_ICON_UNKNOWN` with the closest names.
 */
export type IconName = string;

/** Flet's Material icon constants (`icons.ADD` is `"add"`); the same table as `flet-ts/pack`'s. */
export { icons } from "flet-ts/pack";
