/**
 * `gridview`: a scrolling grid of tiles.
 * @module
 */
import { sidesCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";

const observers = new WeakMap<HTMLElement, ResizeObserver>();

/**
 * Draws `gridview` as a CSS grid: `runsCount` columns, or as many as fit when tiles
 * may be at most `maxExtent` wide (recomputed on resize); `childAspectRatio` shapes
 * the tiles.
 */
export const gridViewRenderer: MaterialRenderer<HTMLElement> = {
  create: () => h("div", "", { role: "list" }),
  update(element, ctx) {
    const p = ctx.props;
    const spacing = typeof p.spacing === "number" ? p.spacing : 10;
    const runSpacing = typeof p.runSpacing === "number" ? p.runSpacing : 10;
    const horizontal = p.horizontal === true;
    // Flet: spacing is between runs along the main axis, runSpacing across it.
    element.style.gap = horizontal
      ? `${runSpacing}px ${spacing}px`
      : `${spacing}px ${runSpacing}px`;
    element.style.padding = sidesCss(p.padding);
    element.style.setProperty(
      "--flet-ratio",
      String(typeof p.childAspectRatio === "number" ? p.childAspectRatio : 1),
    );
    const track = horizontal ? "gridTemplateRows" : "gridTemplateColumns";
    element.style.gridAutoFlow = horizontal ? "column" : "";
    const maxExtent = typeof p.maxExtent === "number" ? p.maxExtent : undefined;
    observers.get(element)?.disconnect();
    if (maxExtent) {
      const layOut = () => {
        const size = horizontal ? element.clientHeight : element.clientWidth;
        // SliverGridDelegateWithMaxCrossAxisExtent: ceil(extent / (maxExtent + crossSpacing)).
        const count = Math.max(1, Math.ceil(size / (maxExtent + runSpacing)));
        element.style[track] = `repeat(${count}, minmax(0, 1fr))`;
      };
      const observer = new ResizeObserver(layOut);
      observer.observe(element);
      observers.set(element, observer);
      layOut();
    } else {
      const count = typeof p.runsCount === "number" ? p.runsCount : 1;
      element.style[track] = `repeat(${count}, minmax(0, 1fr))`;
    }
    element.style.overflowX = horizontal ? "auto" : "hidden";
    element.style.overflowY = horizontal ? "hidden" : "auto";
    element.tabIndex = 0; // keyboard scrolling (axe scrollable-region-focusable)
    const children = ctx.children("controls");
    for (const child of children)
      child.setAttribute("role", child.getAttribute("role") ?? "listitem");
    place(element, children);
  },
  destroy(element) {
    observers.get(element)?.disconnect();
  },
};
