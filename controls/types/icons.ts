/**
 * Material icon names.
 * @module
 */

/**
 * The name of a Material icon, lower snake case (`"add"`, `"add_circle_outline"`). The
 * full list is Google's Material Icons catalogue; {@link icons} spells them as constants.
 */
export type IconName = string;

/**
 * Material icon names as constants, spelled as in Flet: `icons.ADD` is `"add"`,
 * `icons.ADD_CIRCLE_OUTLINE` is `"add_circle_outline"`.
 *
 * Any upper-case name works: the object computes the lower-case icon name on access
 * instead of carrying a table of thousands of names. A misspelt name therefore shows an
 * empty icon in the browser rather than failing here. Names that are not upper case
 * (`icons.then`, `icons.toJSON`) read as `undefined`, so the object is not mistaken for a
 * promise or a serialisable value.
 *
 * @example
 * ```ts
 * new ft.IconButton(ft.icons.DELETE_OUTLINE, { tooltip: "Delete" });
 * new ft.Icon(ft.icons.FAVORITE, { color: ft.colors.PINK });
 * ```
 */
export const icons: Readonly<Record<string, IconName>> = new Proxy({} as Record<string, IconName>, {
  get: (_target, name) => (isIconConstant(name) ? name.toLowerCase() : undefined),
  has: (_target, name) => isIconConstant(name),
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
});

function isIconConstant(name: string | symbol): name is string {
  return typeof name === "string" && /^[A-Z0-9_]+$/.test(name);
}
