/**
 * Material icon names.
 * @module
 */
import { iconNames } from "./icon-names.js";

export { iconNames };

/**
 * The name of a Material icon, lower snake case (`"add"`, `"add_circle_outline"`). The
 * full list is Google's Material Icons catalogue; {@link icons} spells them as constants.
 */
export type IconName = string;

/**
 * Material icon names as constants, spelled as in Flet: `icons.ADD` is `"add"`,
 * `icons.ADD_CIRCLE_OUTLINE` is `"add_circle_outline"`. The table is generated from the
 * icon font the browser uses (`material-symbols`), so every constant draws an icon and a
 * misspelt one fails to compile. Names starting with a digit (`"10k"`) have no constant:
 * pass the string.
 *
 * @example
 * ```ts
 * new ft.IconButton(ft.icons.DELETE, { tooltip: "Delete" });
 * new ft.Icon(ft.icons.FAVORITE, { color: ft.colors.PINK });
 * ```
 */
export const icons: typeof iconNames = Object.freeze(iconNames);
