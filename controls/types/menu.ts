/**
 * Menu value types: where a popup menu opens, the look of a menu surface.
 * @module
 */

import type { PaddingValue } from "flet-ts/pack";
import type { Alignment } from "./alignment.js";
import type { BorderSide } from "./border.js";
import type { MaterialState, StateValue } from "./button-style.js";
import type { ColorValue } from "./colors.js";
import type { OutlinedBorder } from "./shapes.js";

/** Where a PopupMenuButton's menu opens: over the button (Flet's default) or under it. */
export const PopupMenuPosition = { OVER: "over", UNDER: "under" } as const;
/** One of {@link PopupMenuPosition}. */
export type PopupMenuPosition = (typeof PopupMenuPosition)[keyof typeof PopupMenuPosition];

/**
 * Mouse pointer shapes, as Flet's `MouseCursor` (used by {@link MenuStyle.mouseCursor}).
 * The browser draws each with the nearest CSS cursor.
 */
export const MouseCursor = {
  ALIAS: "alias",
  ALL_SCROLL: "allScroll",
  BASIC: "basic",
  CELL: "cell",
  CLICK: "click",
  CONTEXT_MENU: "contextMenu",
  COPY: "copy",
  DISAPPEARING: "disappearing",
  FORBIDDEN: "forbidden",
  GRAB: "grab",
  GRABBING: "grabbing",
  HELP: "help",
  MOVE: "move",
  NO_DROP: "noDrop",
  NONE: "none",
  PRECISE: "precise",
  PROGRESS: "progress",
  RESIZE_COLUMN: "resizeColumn",
  RESIZE_DOWN: "resizeDown",
  RESIZE_DOWN_LEFT: "resizeDownLeft",
  RESIZE_DOWN_RIGHT: "resizeDownRight",
  RESIZE_LEFT: "resizeLeft",
  RESIZE_LEFT_RIGHT: "resizeLeftRight",
  RESIZE_RIGHT: "resizeRight",
  RESIZE_ROW: "resizeRow",
  RESIZE_UP: "resizeUp",
  RESIZE_UP_DOWN: "resizeUpDown",
  RESIZE_UP_LEFT: "resizeUpLeft",
  RESIZE_UP_LEFT_DOWN_RIGHT: "resizeUpLeftDownRight",
  RESIZE_UP_RIGHT: "resizeUpRight",
  RESIZE_UP_RIGHT_DOWN_LEFT: "resizeUpRightDownLeft",
  TEXT: "text",
  VERTICAL_TEXT: "verticalText",
  WAIT: "wait",
  ZOOM_IN: "zoomIn",
  ZOOM_OUT: "zoomOut",
} as const;
/** One of {@link MouseCursor}. */
export type MouseCursor = (typeof MouseCursor)[keyof typeof MouseCursor];

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
