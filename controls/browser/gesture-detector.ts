/**
 * `gesturedetector`: a layout-transparent box around its content (it passes its
 * constraints on) that recognises the gestures with a handler (see gesture-arena.ts) and
 * shows its `mouseCursor`.
 * @module
 */
import { fills, passesConstraints } from "flet-ts/browser";
import { cursorCss } from "./cursor.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { GestureArena } from "./gesture-arena.js";

/** What the browser may do itself with a touch on the detector (scroll the other axis). */
function touchAction(props: Readonly<Record<string, unknown>>): string {
  const has = (prefix: string) =>
    ["Start", "Update", "End"].some((phase) => props[`on${prefix}${phase}`] === true);
  if (has("Pan") || has("Scale") || (has("HorizontalDrag") && has("VerticalDrag"))) return "none";
  if (has("HorizontalDrag")) return "pan-y";
  if (has("VerticalDrag")) return "pan-x";
  return "";
}

/**
 * Draws `gesturedetector`: its content, unchanged in layout; the element takes the
 * pointer events. A drag or pinch handler stops the browser's own touch scrolling and
 * text selection on it (only along the dragged axis for a horizontal or vertical drag).
 */
export const gestureDetectorRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const element = h("div");
    element.style.display = "flex";
    element.style.flexDirection = "column";
    passesConstraints(element, true);
    // The arena listens on the element for as long as it lives.
    new GestureArena(element, ctx);
    return element;
  },
  update(element, ctx) {
    const p = ctx.props;
    element.style.cursor = cursorCss(p.mouseCursor);
    const action = touchAction(p);
    element.style.touchAction = action;
    const holds =
      action !== "" || p.onLongPressStart === true || p.onSecondaryLongPressStart === true;
    element.classList.toggle("flet-gesture-hold", holds);
    const content = ctx.child("content");
    // Without content it grows to fit its parent, as Flet's does.
    fills(element, {
      x: !content && typeof p.width !== "number",
      y: !content && typeof p.height !== "number",
    });
    place(element, [content]);
  },
};
