/**
 * `row` and `column`: children in a line, with spacing, alignment, wrapping and scrolling.
 * @module
 */
import { fills, linesChildren, type RenderContext, sendScrollEvents } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";

const MAIN: Record<string, string> = {
  start: "flex-start",
  end: "flex-end",
  center: "center",
  spaceBetween: "space-between",
  spaceAround: "space-around",
  spaceEvenly: "space-evenly",
};
const CROSS: Record<string, string> = {
  start: "flex-start",
  end: "flex-end",
  center: "center",
  stretch: "stretch",
  baseline: "baseline",
};

/**
 * CSS of a Flet main-axis alignment (`"spaceBetween"` → `"space-between"`) and
 * cross-axis alignment (`"stretch"`), `""` when unset.
 */
export function flexAlignmentCss(
  main: unknown,
  cross: unknown,
): { justifyContent: string; alignItems: string } {
  return { justifyContent: MAIN[String(main)] ?? "", alignItems: CROSS[String(cross)] ?? "" };
}

/** CSS `overflow` of a Flet scroll mode along one axis (`"auto"`, `"always"`, `"hidden"`, `"adaptive"`). */
export function scrollCss(scroll: unknown): string {
  if (scroll === "always") return "scroll";
  if (scroll === "auto" || scroll === "adaptive" || scroll === "hidden") return "auto";
  return "";
}

/** Applies `scroll`, `reverse` and `autoScroll` of a scrollable control along `axis`. */
export function applyScroll(element: HTMLElement, ctx: RenderContext, axis: "x" | "y"): void {
  const overflow = scrollCss(ctx.props.scroll);
  element.style.overflowX = axis === "x" ? overflow : "";
  element.style.overflowY = axis === "y" ? overflow : "";
  element.style.scrollbarWidth = ctx.props.scroll === "hidden" ? "none" : "";
  // Keyboard users scroll a box by focusing it (WCAG 2.1.1, axe scrollable-region-focusable).
  if (overflow) element.tabIndex = 0;
  else if (element.getAttribute("tabindex") === "0") element.removeAttribute("tabindex");
  if (ctx.props.autoScroll === true) {
    requestAnimationFrame(() => {
      if (axis === "y") element.scrollTop = element.scrollHeight;
      else element.scrollLeft = element.scrollWidth;
    });
  }
}

function flexRenderer(axis: "row" | "column"): MaterialRenderer<HTMLElement> {
  return {
    create(ctx) {
      const element = h("div");
      sendScrollEvents(element, ctx, () => (axis === "row" ? "x" : "y"));
      return element;
    },
    update(element, ctx) {
      const p = ctx.props;
      const cross = axis === "row" ? p.verticalAlignment : p.horizontalAlignment;
      Object.assign(element.style, flexAlignmentCss(p.alignment, cross));
      // Flet puts no spacing between children when the alignment spreads them (unless wrapping).
      const spread = p.wrap !== true && String(p.alignment ?? "").startsWith("space");
      const spacing = spread ? 0 : typeof p.spacing === "number" ? p.spacing : 10;
      const run = typeof p.runSpacing === "number" ? p.runSpacing : 10;
      element.style.gap = axis === "row" ? `${run}px ${spacing}px` : `${spacing}px ${run}px`;
      element.style.flexWrap = p.wrap === true ? "wrap" : "";
      element.style.flexDirection = p.reverse === true ? `${axis}-reverse` : "";
      element.classList.toggle("flet-tight", p.tight === true);
      // A Row/Column is as long as it is allowed on its main axis unless `tight` (mainAxisSize).
      linesChildren(element, axis === "row" ? "x" : "y");
      fills(element, axis === "row" ? { x: p.tight !== true } : { y: p.tight !== true });
      applyScroll(element, ctx, axis === "row" ? "x" : "y");
      place(element, ctx.children("controls"));
    },
  };
}

/** Draws `row`: a horizontal flex box (children centred vertically by default, as in Flet). */
export const rowRenderer = flexRenderer("row");
/** Draws `column`: a vertical flex box (children at the start by default). */
export const columnRenderer = flexRenderer("column");
