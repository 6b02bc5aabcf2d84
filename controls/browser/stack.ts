/**
 * `stack`: children on top of each other; positioned ones (`left`/`top`/`right`/`bottom`)
 * are placed absolutely.
 * @module
 */
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";

/**
 * Draws `stack` as a one-cell grid: unpositioned children overlap at the top left and
 * size the stack; positioned children (`flet-positioned`) are absolute within it.
 */
export const stackRenderer: MaterialRenderer<HTMLElement> = {
  create: () => h("div"),
  update(element, ctx) {
    element.style.overflow = ctx.props.clipBehavior === "none" ? "visible" : "hidden";
    place(element, ctx.children("controls"));
  },
};
