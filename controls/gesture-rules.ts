/**
 * What a GestureDetector refuses in `validate()`: no handler and no cursor (Flet shows an
 * error box instead), an unknown cursor name, and the handler sets Flutter asserts on.
 * @internal
 * @module
 */
import { ErrorCode, FletError } from "flet-ts/pack";
import { MouseCursor } from "./types/mouse-cursor.js";

/** The detector's members read here. */
type Detector = object & { readonly mouseCursor?: string | undefined };

const CURSORS: readonly string[] = Object.values(MouseCursor);
const CONSTANTS = Object.entries(MouseCursor) as [string, string][];

/** CSS cursor names a web developer may reach for, and Flet's name for each. */
const CSS_NAMES: Readonly<Record<string, string>> = {
  pointer: "click",
  default: "basic",
  auto: "basic",
  crosshair: "precise",
  "not-allowed": "forbidden",
  "col-resize": "resizeColumn",
  "row-resize": "resizeRow",
  "ew-resize": "resizeLeftRight",
  "ns-resize": "resizeUpDown",
  "nwse-resize": "resizeUpLeftDownRight",
  "nesw-resize": "resizeUpRightDownLeft",
};

const HANDLERS = [
  "onTap",
  "onTapDown",
  "onTapUp",
  "onMultiTap",
  "onMultiLongPress",
  "onSecondaryTap",
  "onSecondaryTapDown",
  "onSecondaryTapUp",
  "onLongPressStart",
  "onLongPressEnd",
  "onSecondaryLongPressStart",
  "onSecondaryLongPressEnd",
  "onDoubleTap",
  "onDoubleTapDown",
  "onHorizontalDragStart",
  "onHorizontalDragUpdate",
  "onHorizontalDragEnd",
  "onVerticalDragStart",
  "onVerticalDragUpdate",
  "onVerticalDragEnd",
  "onPanStart",
  "onPanUpdate",
  "onPanEnd",
  "onScaleStart",
  "onScaleUpdate",
  "onScaleEnd",
  "onHover",
  "onEnter",
  "onExit",
  "onScroll",
] as const;

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Up to three cursor names close to `value` (spelling, case, CSS or constant names). */
export function nearCursors(value: string): string[] {
  const flat = value.toLowerCase().replace(/[-_\s]/g, "");
  const css = CSS_NAMES[value.toLowerCase()];
  const constant = CONSTANTS.find(([name]) => name.replaceAll("_", "").toLowerCase() === flat);
  const ranked = CURSORS.map((name) => ({ name, d: distance(flat, name.toLowerCase()) }))
    .filter(({ name, d }) => d <= Math.max(2, Math.floor(name.length / 3)))
    .sort((a, b) => a.d - b.d)
    .map(({ name }) => name);
  const prefixed = CURSORS.filter(
    (name) => flat.length >= 3 && name.toLowerCase().startsWith(flat),
  );
  return [...new Set([css, constant?.[1], ...ranked, ...prefixed].filter(Boolean))].slice(
    0,
    3,
  ) as string[];
}

function has(detector: Detector, handler: string): boolean {
  return typeof (detector as Record<string, unknown>)[handler] === "function";
}

function any(detector: Detector, prefix: string): boolean {
  return ["Start", "Update", "End"].some((phase) => has(detector, `on${prefix}${phase}`));
}

function refuse(message: string, prop: string): never {
  throw new FletError(ErrorCode.PROP_INVALID_VALUE, message, { control: "GestureDetector", prop });
}

/** Throws when `detector` could not be drawn as Flet draws it. @internal */
export function checkGestures(detector: Detector): void {
  const cursor = detector.mouseCursor;
  if (cursor !== undefined && !CURSORS.includes(cursor)) {
    const near = nearCursors(cursor);
    const hint = near.length
      ? ` Did you mean ${near.map((name) => `"${name}"`).join(" or ")}?`
      : " See ft.MouseCursor for the names.";
    refuse(
      `Expected GestureDetector.mouseCursor to be one of ft.MouseCursor's names ("click", "move", "grab", ...), but got ${JSON.stringify(cursor)}.${hint}`,
      "mouseCursor",
    );
  }
  if (cursor === undefined && !HANDLERS.some((handler) => has(detector, handler)))
    refuse(
      "Expected GestureDetector to have at least one event handler (onTap, onPanUpdate, onHover, ...) or a mouseCursor, but it has none, so it would detect nothing. Give it a handler, as Flet requires.",
      "onTap",
    );
  const pan = any(detector, "Pan");
  if (pan && any(detector, "Scale"))
    refuse(
      "Expected GestureDetector to have pan handlers or scale handlers, but it has both. Scale is a superset of pan (a one-finger scale is a pan: use e.focalPointDeltaX/Y); keep the scale handlers, as Flutter requires.",
      "onPanStart",
    );
  if (pan && any(detector, "HorizontalDrag") && any(detector, "VerticalDrag"))
    refuse(
      "Expected GestureDetector to have pan handlers or both horizontal and vertical drag handlers, but it has all three: the horizontal and vertical drags would catch every drag and the pan would never fire. Keep the pan handlers or the axis handlers, as Flutter requires.",
      "onPanStart",
    );
}
