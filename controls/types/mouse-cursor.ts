/**
 * Mouse pointer shapes, as Flet's `MouseCursor`.
 * @module
 */

/**
 * The shape of the mouse pointer over a control (a GestureDetector's `mouseCursor`), as
 * Flet's `MouseCursor`. The browser draws each with its CSS cursor: `CLICK` is `pointer`,
 * `BASIC` is `default`, `PRECISE` is `crosshair`, `FORBIDDEN` is `not-allowed`, the
 * `RESIZE_*` shapes are the matching `*-resize` cursors; `DISAPPEARING` (a macOS shape)
 * draws as `default`.
 *
 * @example
 * ```ts
 * new ft.GestureDetector(card, { mouseCursor: ft.MouseCursor.MOVE, onPanUpdate: move });
 * ```
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
