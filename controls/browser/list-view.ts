/**
 * `listview`: a scrolling list of children.
 * @module
 */
import { sidesCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place, px } from "./dom.js";
import { applyScroll } from "./flex.js";

/** Draws `listview` as a scrolling flex box (vertical, or horizontal with `horizontal`). */
export const listViewRenderer: MaterialRenderer<HTMLElement> = {
  create: () => h("div", "", { role: "list" }),
  update(element, ctx) {
    const p = ctx.props;
    const horizontal = p.horizontal === true;
    element.classList.toggle("flet-horizontal", horizontal);
    element.style.gap = px(p.spacing);
    element.style.padding = sidesCss(p.padding);
    applyScroll(
      element,
      { ...ctx, props: { scroll: "auto", ...p } } as typeof ctx,
      horizontal ? "x" : "y",
    );
    const children = ctx.children("controls");
    for (const child of children) {
      child.setAttribute("role", child.getAttribute("role") ?? "listitem");
      if (typeof p.itemExtent === "number")
        child.style[horizontal ? "width" : "height"] = px(p.itemExtent);
    }
    place(element, children);
  },
};
