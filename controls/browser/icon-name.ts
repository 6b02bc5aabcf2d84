/**
 * The controls' icon glyphs: Flet icon names drawn by the runtime's icon fonts.
 * @module
 */
import { iconGlyph as runtimeGlyph } from "flet-ts/browser";

/**
 * Creates (or updates) the glyph element of an icon (`"add"`, `"delete_outline_rounded"`,
 * `"cupertino_heart_fill"`): a decorative `<span>` drawn with the Material Icons style the
 * name asks for, or with the Cupertino font.
 *
 * @example
 * ```ts
 * button.append(iconGlyph("add"));
 * ```
 */
export function iconGlyph(icon: string, element?: HTMLElement): HTMLElement {
  return runtimeGlyph(icon, element);
}
