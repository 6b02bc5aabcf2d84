/**
 * `sparks.starrating`: a WAI-ARIA slider (the APG "rating slider" pattern) drawn as a row
 * of stars. Clicking a star (or its start half, with `allowHalf`) or pressing a key sets
 * the value, which travels back as the two-way `value` with a `change` event; hovering
 * previews a value and sends `hover`.
 *
 * Keys: Arrow Right/Up add a step (1, or 0.5 with `allowHalf`), Arrow Left/Down remove
 * one (mirrored right to left), Home sets 0, End sets `max`, a digit sets that many stars.
 * @module
 */
import {
  applyCommonProps,
  cssColor,
  isDisabled,
  type RenderContext,
  type Renderer,
} from "flet-ts/browser";
import { wireAnimationEnd } from "./animation-end.js";
import { nextValue, starCount, valueText } from "./values.js";

const SVG = "http://www.w3.org/2000/svg";

/** 24 × 24 outlines of the shapes (Material Symbols' star and favorite, a circle). */
export const ICON_PATHS: Readonly<Record<string, string>> = {
  star: "M12 17.27 18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z",
  heart:
    "M12 21.35 10.55 20.03C5.4 15.36 2 12.28 2 8.5 2 5.42 4.42 3 7.5 3c1.74 0 3.41.81 4.5 2.09C13.09 3.81 14.76 3 16.5 3 19.58 3 22 5.42 22 8.5c0 3.78-3.4 6.86-8.55 11.54z",
  circle: "M12 2a10 10 0 1 0 0 20 10 10 0 1 0 0-20z",
};

function currentValue(ctx: RenderContext): number {
  const value = ctx.props.value;
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

function shape(className: string, d: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("class", className);
  svg.setAttribute("focusable", "false");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", d);
  svg.append(path);
  return svg;
}

/** Rebuilds the stars when their number, their shape or the half steps changed. */
function buildStars(element: HTMLElement, ctx: RenderContext): void {
  const count = starCount(ctx.props.max);
  const icon =
    typeof ctx.props.icon === "string" && ctx.props.icon in ICON_PATHS ? ctx.props.icon : "star";
  const half = ctx.props.allowHalf === true;
  const layout = `${count}:${icon}:${half}`;
  if (element.dataset.shape === layout) return;
  element.dataset.shape = layout;
  element.dataset.icon = icon;
  const d = ICON_PATHS[icon]!;
  const stars: HTMLElement[] = [];
  for (let i = 1; i <= count; i++) {
    const star = document.createElement("span");
    star.className = "sparks-star";
    star.dataset.star = String(i);
    star.append(shape("sparks-empty", d), shape("sparks-fill", d));
    // Hit areas: a whole star, or its start and end halves (logical sides: mirrored in RTL).
    for (const value of half ? [i - 0.5, i] : [i]) {
      const hit = document.createElement("span");
      hit.className = half ? "sparks-hit sparks-half" : "sparks-hit";
      hit.dataset.value = String(value);
      star.append(hit);
    }
    stars.push(star);
  }
  element.replaceChildren(...stars);
}

/** Fills the stars up to `value` (fractions show as partly filled stars). */
function paint(element: HTMLElement, value: number): void {
  for (const star of element.children as HTMLCollectionOf<HTMLElement>) {
    const index = Number(star.dataset.star);
    const fill = Math.min(1, Math.max(0, value - (index - 1)));
    star.style.setProperty("--sparks-fill", `${Math.round(fill * 1000) / 10}%`);
  }
}

/** Shows `value`: the filled stars and the slider's ARIA value. */
function show(element: HTMLElement, value: number, max: number): void {
  paint(element, value);
  element.setAttribute("aria-valuenow", String(value));
  element.setAttribute("aria-valuetext", valueText(value, max));
}

function hitValue(event: Event): number | undefined {
  const hit = (event.target as Element | null)?.closest?.<HTMLElement>(".sparks-hit");
  return hit ? Number(hit.dataset.value) : undefined;
}

/** Per element: the value previewed under the pointer. */
const hovered = new WeakMap<HTMLElement, number | undefined>();

/** The renderer of `sparks.starrating`. */
export const starRatingRenderer: Renderer<HTMLElement> = {
  create(ctx) {
    const element = document.createElement("div");
    element.className = "sparks-starrating";
    element.setAttribute("role", "slider");
    element.setAttribute("aria-valuemin", "0");
    const editable = () => !isDisabled(element) && ctx.props.readOnly !== true;
    const commit = (value: number) => {
      if (value === currentValue(ctx)) return;
      // The runtime records the two-way value without re-rendering: show it here.
      show(element, value, starCount(ctx.props.max));
      ctx.send("change", value, { value });
    };
    const preview = (value: number | undefined) => {
      if (hovered.get(element) === value) return;
      hovered.set(element, value);
      element.classList.toggle("sparks-preview", value !== undefined);
      paint(element, value ?? currentValue(ctx));
      ctx.send("hover", value);
    };
    element.addEventListener("click", (event) => {
      const value = hitValue(event);
      if (value === undefined || !editable()) return;
      element.focus();
      commit(value);
    });
    element.addEventListener("pointermove", (event) => {
      if (editable()) preview(hitValue(event) ?? hovered.get(element));
    });
    element.addEventListener("pointerleave", () => {
      if (hovered.get(element) !== undefined) preview(undefined);
    });
    element.addEventListener("keydown", (event) => {
      if (!editable() || event.altKey || event.ctrlKey || event.metaKey) return;
      const rtl = getComputedStyle(element).direction === "rtl";
      const step = ctx.props.allowHalf === true ? 0.5 : 1;
      const max = starCount(ctx.props.max);
      const next = nextValue(event.key, currentValue(ctx), { max, step, rtl });
      if (next === undefined) return;
      event.preventDefault();
      commit(next);
    });
    wireAnimationEnd(element, ctx);
    return element;
  },
  update(element, ctx, changed) {
    const p = ctx.props;
    buildStars(element, ctx);
    const max = starCount(p.max);
    const value = currentValue(ctx);
    show(element, value, max);
    if (hovered.get(element) !== undefined) paint(element, hovered.get(element)!);
    element.setAttribute("aria-valuemax", String(max));
    element.setAttribute(
      "aria-label",
      typeof p.label === "string" && p.label !== "" ? p.label : "Rating",
    );
    if (p.readOnly === true) element.setAttribute("aria-readonly", "true");
    else element.removeAttribute("aria-readonly");
    // Disabled: out of the tab order (aria-disabled comes with the common props).
    if (p.disabled === true) element.removeAttribute("tabindex");
    else element.tabIndex = 0;
    const style = element.style;
    style.setProperty("--sparks-size", typeof p.size === "number" ? `${p.size}px` : "");
    style.setProperty("--sparks-color", cssColor(p.color) ?? "");
    style.setProperty("--sparks-empty", cssColor(p.emptyColor) ?? "");
    applyCommonProps(element, ctx, changed);
  },
};
