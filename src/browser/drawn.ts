/**
 * What a renderer drew where the DOM does not show it: pixels on a `<canvas>`, a chart
 * library's own redraw, a WebGL scene. The contract kit (`checkPackContract` in
 * `flet-ts/testing`) compares a control's DOM before and after each property is set; a
 * renderer whose output is pixels reports a short description of what it drew, and a
 * change of that description counts as a change of the control.
 * @module
 */

/** The property of an element that holds what {@link reportDrawn} reported there. */
export const DRAWN = Symbol.for("flet-ts.drawn");

/**
 * Records what the renderer has just drawn into `element` (the control's element or one
 * inside it) where the DOM does not show it. Call it after each redraw with a description
 * built from what was really drawn (the colours, the points, the text), not from the
 * props: a description that changes when the drawing does not would hide a bug. It
 * changes nothing on the page.
 *
 * @example
 * ```ts
 * import { reportDrawn } from "flet-ts/browser";
 *
 * declare const canvas: HTMLCanvasElement;
 * const g = canvas.getContext("2d")!;
 * g.fillStyle = "#d81b60";
 * g.fillRect(0, 0, 10, 10);
 * reportDrawn(canvas, `rect 0,0,10,10 ${g.fillStyle}`);
 * ```
 */
export function reportDrawn(element: Element, drawing: string): void {
  (element as unknown as Record<symbol, string>)[DRAWN] = drawing;
}
