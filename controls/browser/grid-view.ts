/**
 * `gridview`: a scrolling grid of tiles.
 * @module
 */
import { sendScrollEvents } from "flet-ts/browser";
import { sidesCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { scrollCss } from "./flex.js";

const observers = new WeakMap<HTMLElement, ResizeObserver>();

/**
 * Draws `gridview` as a CSS grid: `runsCount` columns, or as many as fit when tiles
 * may be at most `maxExtent` wide (recomputed on resize); `childAspectRatio` shapes
 * the tiles.
 */
export const gridViewRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const grid = h("div", "", { role: "list" });
    sendScrollEvents(grid, ctx, () => (ctx.props.horizontal === true ? "x" : "y"));
    return grid;
  },
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
    const children = ctx.children("controls");
    for (const child of children)
      child.setAttribute("role", child.getAttribute("role") ?? "listitem");
    const reverse = p.reverse === true;
    const arrange = (count: number) => {
      element.style[track] = `repeat(${count}, minmax(0, 1fr))`;
      placeRuns(children, count, horizontal, reverse);
    };
    const maxExtent = typeof p.maxExtent === "number" ? p.maxExtent : undefined;
    observers.get(element)?.disconnect();
    if (maxExtent) {
      const layOut = () => {
        const size = horizontal ? element.clientHeight : element.clientWidth;
        // SliverGridDelegateWithMaxCrossAxisExtent: ceil(extent / (maxExtent + crossSpacing)).
        arrange(Math.max(1, Math.ceil(size / (maxExtent + runSpacing))));
      };
      const observer = new ResizeObserver(layOut);
      observer.observe(element);
      observers.set(element, observer);
      layOut();
    } else arrange(typeof p.runsCount === "number" ? p.runsCount : 1);
    const overflow = scrollCss(p.scroll) || "auto";
    element.style.overflowX = horizontal ? overflow : "hidden";
    element.style.overflowY = horizontal ? "hidden" : overflow;
    element.style.scrollbarWidth = p.scroll === "hidden" ? "none" : "";
    element.tabIndex = 0; // keyboard scrolling (axe scrollable-region-focusable)
    // autoScroll keeps the end in view; a reversed grid starts there too.
    if (p.autoScroll === true || (reverse && element.dataset.fletReversed === undefined))
      requestAnimationFrame(() => {
        if (horizontal) element.scrollLeft = element.scrollWidth;
        else element.scrollTop = element.scrollHeight;
      });
    if (reverse) element.dataset.fletReversed = "";
    else delete element.dataset.fletReversed;
    place(element, children);
  },
  destroy(element) {
    observers.get(element)?.disconnect();
  },
};

/**
 * Places reversed runs (Flutter's `reverse`): the first run at the end of the main axis,
 * each run still in order across it; unreversed, the grid flows by itself.
 */
function placeRuns(
  children: readonly HTMLElement[],
  count: number,
  horizontal: boolean,
  reverse: boolean,
): void {
  const runs = Math.ceil(children.length / count);
  children.forEach((child, index) => {
    const along = reverse ? String(runs - Math.floor(index / count)) : "";
    const across = reverse ? String((index % count) + 1) : "";
    child.style.gridRow = horizontal ? across : along;
    child.style.gridColumn = horizontal ? along : across;
  });
}
