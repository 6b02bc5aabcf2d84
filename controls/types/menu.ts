/**
 * Menu value types: where a popup menu opens, the look of a menu surface.
 * @module
 */

import type { PaddingValue } from "flet-ts/pack";
import type { Alignment } from "./alignment.js";
import type { BorderSide } from "./border.js";
import type { MaterialState, StateValue } from "./button-style.js";
import type { ColorValue } from "./colors.js";
import type { MouseCursor } from "./mouse-cursor.js";
import type { OutlinedBorder } from "./shapes.js";

/** Where a PopupMenuButton's menu opens: over the button (Flet's default) or under it. */
export const PopupMenuPosition = { OVER: "over", UNDER: "under" } as const;
/** One of {@link PopupMenuPosition}. */
export type PopupMenuPosition = (typeof PopupMenuPosition)[keyof typeof PopupMenuPosition];

/**
 * The look of a menu surface (a MenuBar's bar, a SubmenuButton's menu), as Flet's
 * `MenuStyle`. Every field but `alignment` takes one value or a value per
 * {@link MaterialState} (a menu surface is only ever in the default state, so the
 * `""` value is the one drawn). Unset fields keep Material 3's defaults: a
 * `surfaceContainer` surface, elevation 3, 4 px corners, 8 px vertical padding in a menu.
 *
 * @example
 * ```ts
 * new ft.SubmenuButton(new ft.Text("File"), {
 *   menuStyle: { bgcolor: ft.colors.AMBER_50, elevation: 8, alignment: ft.alignment.bottomRight },
 *   controls: [new ft.MenuItemButton(new ft.Text("Open"), { onClick: () => {} })],
 * });
 * ```
 */
export interface MenuStyle {
  /**
   * The point of the button the menu opens at (its start-top corner goes there): `{ x, y }`
   * from -1 to 1. Default the bottom start corner for a menu of a MenuBar or a standalone
   * SubmenuButton, the top end corner (a menu beside its button) for a nested one.
   */
  alignment?: Alignment;
  /** The surface colour. */
  bgcolor?: StateValue<ColorValue>;
  /** The shadow colour. */
  shadowColor?: StateValue<ColorValue>;
  /**
   * The tint Material 3 lays over a raised surface. Flutter's menus use none (transparent)
   * by default; a colour mixes into the surface in proportion to the elevation.
   */
  surfaceTintColor?: StateValue<ColorValue>;
  /** How far the surface is raised (its shadow). Default 3. */
  elevation?: StateValue<number>;
  /** Space inside the surface around its entries. */
  padding?: StateValue<PaddingValue>;
  /** The outline. */
  side?: StateValue<BorderSide>;
  /** The outline's shape (its corners). */
  shape?: StateValue<OutlinedBorder>;
  /** The pointer shape over the surface. */
  mouseCursor?: StateValue<MouseCursor>;
}
