/**
 * Flet's `MouseCursor` names as CSS cursors, for every renderer that draws one (the
 * GestureDetector, menu surfaces).
 * @module
 */

/** Flutter's CSS cursor for each `MouseCursor` name. */
const CURSORS: Readonly<Record<string, string>> = {
  alias: "alias",
  allScroll: "all-scroll",
  basic: "default",
  cell: "cell",
  click: "pointer",
  contextMenu: "context-menu",
  copy: "copy",
  disappearing: "default",
  forbidden: "not-allowed",
  grab: "grab",
  grabbing: "grabbing",
  help: "help",
  move: "move",
  noDrop: "no-drop",
  none: "none",
  precise: "crosshair",
  progress: "progress",
  resizeColumn: "col-resize",
  resizeDown: "s-resize",
  resizeDownLeft: "sw-resize",
  resizeDownRight: "se-resize",
  resizeLeft: "w-resize",
  resizeLeftRight: "ew-resize",
  resizeRight: "e-resize",
  resizeRow: "row-resize",
  resizeUp: "n-resize",
  resizeUpDown: "ns-resize",
  resizeUpLeft: "nw-resize",
  resizeUpLeftDownRight: "nwse-resize",
  resizeUpRight: "ne-resize",
  resizeUpRightDownLeft: "nesw-resize",
  text: "text",
  verticalText: "vertical-text",
  wait: "wait",
  zoomIn: "zoom-in",
  zoomOut: "zoom-out",
};

/** The CSS cursor of a `MouseCursor` name, `""` for none or an unknown one. */
export function cursorCss(value: unknown): string {
  return typeof value === "string" ? (CURSORS[value] ?? "") : "";
}
