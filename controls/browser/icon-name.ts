/**
 * Flet icon names (Material Icons) to Material Symbols.
 * @module
 */

const OUTLINE_SUFFIXES = ["_outlined", "_outline", "_border", "_rounded", "_sharp"];

/**
 * Maps a Flet icon name to a Material Symbols ligature and its fill.
 *
 * Flet's names come from the Material Icons font, whose plain names are filled
 * (`favorite`) and whose `_outlined`/`_outline`/`_border` names are outlines. Material
 * Symbols has one name per icon and a `FILL` axis, so the suffix becomes `filled: false`.
 *
 * @example
 * ```ts
 * symbolOf("FAVORITE_BORDER"); // { name: "favorite", filled: false }
 * symbolOf("settings"); // { name: "settings", filled: true }
 * ```
 */
export function symbolOf(icon: string): { name: string; filled: boolean } {
  const name = icon.toLowerCase();
  for (const suffix of OUTLINE_SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      return { name: name.slice(0, -suffix.length), filled: false };
    }
  }
  return { name, filled: true };
}

/**
 * Creates (or updates) the glyph element of an icon:
 * `<span class="material-symbols-outlined" aria-hidden="true">name</span>`.
 *
 * @example
 * ```ts
 * button.append(iconGlyph("add"));
 * ```
 */
export function iconGlyph(icon: string, element?: HTMLElement): HTMLElement {
  const glyph = element ?? document.createElement("span");
  const { name, filled } = symbolOf(icon);
  glyph.className = "material-symbols-outlined flet-glyph";
  glyph.setAttribute("aria-hidden", "true");
  if (glyph.textContent !== name) glyph.textContent = name;
  glyph.classList.toggle("flet-glyph-filled", filled);
  return glyph;
}
