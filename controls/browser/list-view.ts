/**
 * `listview`: a scrolling list of children.
 * @module
 */
import { sendScrollEvents } from "flet-ts/browser";
import { sidesCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place, px } from "./dom.js";
import { applyScroll } from "./flex.js";

/** The divider elements between a list's items, kept between updates. */
const dividers = new WeakMap<HTMLElement, HTMLElement[]>();

function dividerAt(list: HTMLElement, index: number): HTMLElement {
  let all = dividers.get(list);
  if (!all) dividers.set(list, (all = []));
  all[index] ??= h("div", "flet-listview-divider", { role: "none" });
  return all[index];
}

/** Sizes every item like the first one along the main axis (`firstItemPrototype`). */
function sizeLikeFirst(items: readonly HTMLElement[], size: "width" | "height"): void {
  const [first, ...rest] = items;
  if (!first) return;
  requestAnimationFrame(() => {
    const extent = first.getBoundingClientRect()[size];
    for (const item of rest) {
      item.style[size] = `${extent}px`;
      item.dataset.fletPrototyped = "";
    }
  });
}

/**
 * Draws `listview` as a scrolling flex box (vertical, or horizontal with `horizontal`;
 * `reverse` starts it at the end). With `dividerThickness` the items are separated by
 * dividers of that thickness in `spacing` of room (Flutter's `ListView.separated`);
 * `itemExtent` or `firstItemPrototype` give every item one size along the list.
 */
export const listViewRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const list = h("div", "", { role: "list" });
    sendScrollEvents(list, ctx, () => (ctx.props.horizontal === true ? "x" : "y"));
    return list;
  },
  update(element, ctx) {
    const p = ctx.props;
    const horizontal = p.horizontal === true;
    element.classList.toggle("flet-horizontal", horizontal);
    const thickness = typeof p.dividerThickness === "number" ? p.dividerThickness : 0;
    element.style.gap = thickness > 0 ? "" : px(p.spacing);
    element.style.padding = sidesCss(p.padding);
    element.style.flexDirection =
      p.reverse === true ? (horizontal ? "row-reverse" : "column-reverse") : "";
    applyScroll(
      element,
      { ...ctx, props: { scroll: "auto", ...p } } as typeof ctx,
      horizontal ? "x" : "y",
    );
    const size = horizontal ? "width" : "height";
    const children = ctx.children("controls");
    for (const child of children) {
      child.setAttribute("role", child.getAttribute("role") ?? "listitem");
      if (typeof p.itemExtent === "number") child.style[size] = px(p.itemExtent);
      else if (child.dataset.fletPrototyped !== undefined) {
        child.style[size] = "";
        delete child.dataset.fletPrototyped;
      }
    }
    if (typeof p.itemExtent !== "number" && p.firstItemPrototype === true)
      sizeLikeFirst(children, size);
    if (thickness <= 0) return place(element, children);
    const room = typeof p.spacing === "number" ? p.spacing : 16;
    const parts: HTMLElement[] = [];
    children.forEach((child, index) => {
      if (index > 0) {
        const divider = dividerAt(element, index - 1);
        divider.style.setProperty("--flet-thickness", `${thickness}px`);
        divider.style[size] = `${room}px`;
        divider.classList.toggle("flet-vertical", horizontal);
        parts.push(divider);
      }
      parts.push(child);
    });
    place(element, parts);
  },
};
