/**
 * `cupertinosegmentedbutton` and `cupertinoslidingsegmentedbutton`: a `role="radiogroup"`
 * of `role="radio"` segments, moved by click, arrow keys and (sliding) dragging the thumb.
 * @module
 */
import { cssColor, cssSides, type RenderContext, type Renderer } from "flet-ts/browser";
import { isOff } from "./define.js";
import { el, num, put, textOf } from "./dom.js";

type Segmented = HTMLDivElement & { thumb?: HTMLElement };

function pick(ctx: RenderContext, index: number): void {
  if (index === num(ctx.props.selectedIndex, 0)) return;
  ctx.send("change", index, { selectedIndex: index });
}

function segments(element: Segmented, ctx: RenderContext): HTMLButtonElement[] {
  const children = ctx.children("controls");
  const buttons = children.map((child, index) => {
    let button = element.querySelector<HTMLButtonElement>(`:scope > button[data-index="${index}"]`);
    if (!button) {
      button = el("button", "", { type: "button", role: "radio", "data-index": String(index) });
      button.addEventListener("click", () => !isOff(element) && pick(ctx, index));
    }
    if (button.firstChild !== child) button.replaceChildren(child);
    button.setAttribute("aria-label", textOf(child) || `Segment ${index + 1}`);
    return button;
  });
  const selected = num(ctx.props.selectedIndex, 0);
  buttons.forEach((button, index) => {
    button.setAttribute("aria-checked", String(index === selected));
    button.tabIndex = index === selected ? 0 : -1;
  });
  put(element, [element.thumb, ...buttons]);
  return buttons;
}

function wireKeys(element: Segmented, ctx: RenderContext): void {
  element.addEventListener("keydown", (event) => {
    const dir = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!dir) return;
    event.preventDefault();
    const count = ctx.childIds("controls").length;
    const next = (num(ctx.props.selectedIndex, 0) + dir + count) % count;
    pick(ctx, next);
    requestAnimationFrame(() =>
      element.querySelector<HTMLElement>(`button[data-index="${next}"]`)?.focus(),
    );
  });
}

function setVar(element: HTMLElement, name: string, value: unknown): void {
  const css = cssColor(value);
  if (css) element.style.setProperty(name, css);
  else element.style.removeProperty(name);
}

/** Draws `cupertinosegmentedbutton`: outlined segments, the selected one filled. */
export const segmentedRenderer: Renderer<Segmented> = {
  create(ctx) {
    const element = el("div", "cu-seg", { role: "radiogroup" }) as Segmented;
    wireKeys(element, ctx);
    return element;
  },
  update(element, ctx) {
    segments(element, ctx);
    const p = ctx.props;
    setVar(element, "--cu-sel", p.selectedColor);
    setVar(element, "--cu-unsel", p.unselectedColor);
    setVar(element, "--cu-border", p.borderColor ?? p.selectedColor);
    element.style.margin = cssSides(p.padding) ?? "";
  },
};

/** Draws `cupertinoslidingsegmentedbutton`: a grey track whose thumb slides (CSS transform). */
export const slidingSegmentedRenderer: Renderer<Segmented> = {
  create(ctx) {
    const element = el("div", "cu-sliding", { role: "radiogroup" }) as Segmented;
    element.thumb = el("div", "cu-sliding-thumb", { "aria-hidden": "true" });
    wireKeys(element, ctx);
    let dragging = false;
    const indexAt = (x: number) => {
      const buttons = [...element.querySelectorAll<HTMLElement>(":scope > button")];
      const hit = buttons.findIndex((b) => {
        const r = b.getBoundingClientRect();
        return x >= r.left && x <= r.right;
      });
      return hit;
    };
    element.thumb.style.pointerEvents = "none";
    element.addEventListener("pointerdown", (event) => {
      const target = (event.target as HTMLElement).closest("button");
      if (target?.getAttribute("aria-checked") === "true") {
        dragging = true;
        element.setPointerCapture(event.pointerId);
      }
    });
    element.addEventListener("pointermove", (event) => {
      if (!dragging) return;
      const index = indexAt(event.clientX);
      if (index >= 0) pick(ctx, index);
    });
    element.addEventListener("pointerup", () => {
      dragging = false;
    });
    return element;
  },
  update(element, ctx) {
    const buttons = segments(element, ctx);
    const selected = num(ctx.props.selectedIndex, 0);
    const thumb = element.thumb!;
    thumb.style.width = `calc((100% - 4px) / ${Math.max(1, buttons.length)})`;
    thumb.style.transform = `translateX(${selected * 100}%)`;
    thumb.hidden = selected < 0 || selected >= buttons.length;
    const p = ctx.props;
    setVar(element, "--cu-track", p.bgcolor);
    setVar(element, "--cu-thumbc", p.thumbColor);
    element.style.padding = cssSides(p.padding) ?? "";
  },
};
