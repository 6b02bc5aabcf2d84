/**
 * `sparks.sparkline`: an SVG line chart (`role="img"`, named by a summary of the data).
 * The paths come from `d3-shape`, loaded with `import()` the first time a sparkline is
 * created, so pages without one never download it. With `onClick`, the chart is
 * focusable: Arrow Left/Right, Home and End pick a point (announced politely), Enter or
 * Space sends `click` with its index, like a click near it does.
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
import { formatValue, summarize, valuesOf } from "./values.js";

type Shapes = typeof import("d3-shape");

const SVG = "http://www.w3.org/2000/svg";
const DEFAULT_WIDTH = 160;
const DEFAULT_HEIGHT = 40;

let shapes: Shapes | undefined;
let loading: Promise<Shapes> | undefined;

/** Starts loading d3-shape (once); resolves when it is there. */
export function loadShapes(): Promise<Shapes> {
  loading ??= import("d3-shape").then((module) => (shapes = module));
  return loading;
}

/** Where the points go: the plot box inside the SVG and the scales. */
interface Layout {
  width: number;
  height: number;
  x(index: number): number;
  y(value: number): number;
}

function layoutOf(p: Readonly<Record<string, unknown>>, values: readonly number[]): Layout {
  const width = typeof p.width === "number" && p.width > 0 ? p.width : DEFAULT_WIDTH;
  const height = typeof p.height === "number" && p.height > 0 ? p.height : DEFAULT_HEIGHT;
  const stroke = typeof p.strokeWidth === "number" && p.strokeWidth >= 0 ? p.strokeWidth : 2;
  const last = values[values.length - 1];
  // Room for the dot and the last value's label on the right.
  const labelWidth =
    p.showLast === true && last !== undefined ? formatValue(last).length * 7 + 8 : 0;
  const pad = Math.max(stroke / 2, p.showLast === true ? 3 : 0, 1);
  const low = typeof p.min === "number" ? p.min : Math.min(...values);
  let high = typeof p.max === "number" ? p.max : Math.max(...values);
  if (!(high > low)) high = low + 1;
  const plotWidth = Math.max(1, width - labelWidth - 2 * pad);
  const plotHeight = Math.max(1, height - 2 * pad);
  const step = values.length > 1 ? plotWidth / (values.length - 1) : 0;
  return {
    width,
    height,
    x: (index) => pad + (values.length > 1 ? index * step : plotWidth / 2),
    y: (value) =>
      pad + plotHeight - ((Math.min(high, Math.max(low, value)) - low) / (high - low)) * plotHeight,
  };
}

function svgElement<TName extends keyof SVGElementTagNameMap>(
  parent: Element,
  name: TName,
  className: string,
): SVGElementTagNameMap[TName] {
  let element = parent.querySelector<SVGElementTagNameMap[TName]>(`:scope > .${className}`);
  if (element === null) {
    element = document.createElementNS(SVG, name) as SVGElementTagNameMap[TName];
    element.setAttribute("class", className);
    parent.append(element);
  }
  return element;
}

function drop(parent: Element, className: string): void {
  parent.querySelector(`:scope > .${className}`)?.remove();
}

/** Per element: the point picked with the keyboard. */
const cursors = new WeakMap<HTMLElement, number>();

/** Draws the paths, the last point and the keyboard cursor (d3-shape must be loaded). */
function draw(element: HTMLElement, ctx: RenderContext, d3: Shapes): void {
  const svg = element.firstElementChild as SVGSVGElement;
  const p = ctx.props;
  const values = valuesOf(p.values);
  const layout = layoutOf(p, values);
  svg.setAttribute("width", String(layout.width));
  svg.setAttribute("height", String(layout.height));
  svg.setAttribute("viewBox", `0 0 ${layout.width} ${layout.height}`);
  const curve =
    p.curve === "smooth" ? d3.curveMonotoneX : p.curve === "step" ? d3.curveStep : d3.curveLinear;
  const color = cssColor(p.color) ?? "var(--md-sys-color-primary, #6750a4)";
  const fill = cssColor(p.fillColor);
  if (fill !== undefined && values.length > 0) {
    const area = d3
      .area<number>()
      .x((_, i) => layout.x(i))
      .y0(layout.height)
      .y1((v) => layout.y(v))
      .curve(curve);
    const path = svgElement(svg, "path", "sparks-area");
    path.setAttribute("d", area(values) ?? "");
    path.setAttribute("fill", fill);
    path.setAttribute("stroke", "none");
    svg.prepend(path);
  } else drop(svg, "sparks-area");
  const line = d3
    .line<number>()
    .x((_, i) => layout.x(i))
    .y((v) => layout.y(v))
    .curve(curve);
  const path = svgElement(svg, "path", "sparks-line");
  path.setAttribute("d", values.length > 0 ? (line(values) ?? "") : "");
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", color);
  path.setAttribute("stroke-width", String(typeof p.strokeWidth === "number" ? p.strokeWidth : 2));
  path.setAttribute("stroke-linejoin", "round");
  path.setAttribute("stroke-linecap", "round");
  const lastIndex = values.length - 1;
  if (p.showLast === true && lastIndex >= 0) {
    const dot = svgElement(svg, "circle", "sparks-dot");
    dot.setAttribute("cx", String(layout.x(lastIndex)));
    dot.setAttribute("cy", String(layout.y(values[lastIndex]!)));
    dot.setAttribute("r", "3");
    dot.setAttribute("fill", color);
    const text = svgElement(svg, "text", "sparks-last");
    text.setAttribute("x", String(layout.x(lastIndex) + 6));
    text.setAttribute("y", String(layout.y(values[lastIndex]!)));
    text.setAttribute("dominant-baseline", "middle");
    text.textContent = formatValue(values[lastIndex]!);
  } else {
    drop(svg, "sparks-dot");
    drop(svg, "sparks-last");
  }
  const cursor = cursors.get(element);
  if (cursor !== undefined && cursor <= lastIndex) {
    const ring = svgElement(svg, "circle", "sparks-cursor");
    ring.setAttribute("cx", String(layout.x(cursor)));
    ring.setAttribute("cy", String(layout.y(values[cursor]!)));
    ring.setAttribute("r", "4");
    ring.setAttribute("fill", "none");
    ring.setAttribute("stroke", color);
    ring.setAttribute("stroke-width", "2");
  } else drop(svg, "sparks-cursor");
}

function redraw(element: HTMLElement, ctx: RenderContext): void {
  if (shapes) {
    draw(element, ctx, shapes);
    return;
  }
  element.dataset.pending = "";
  void loadShapes().then((d3) => {
    if (element.dataset.pending === undefined) return;
    delete element.dataset.pending;
    draw(element, ctx, d3);
  });
}

/** The index of the point nearest to `clientX` in `svg`. */
function nearestIndex(svg: SVGSVGElement, ctx: RenderContext, clientX: number): number {
  const values = valuesOf(ctx.props.values);
  const layout = layoutOf(ctx.props, values);
  const box = svg.getBoundingClientRect();
  const x = ((clientX - box.left) / (box.width || 1)) * layout.width;
  let best = 0;
  for (let i = 1; i < values.length; i++)
    if (Math.abs(layout.x(i) - x) < Math.abs(layout.x(best) - x)) best = i;
  return best;
}

/** The renderer of `sparks.sparkline`. */
export const sparklineRenderer: Renderer<HTMLElement> = {
  create(ctx) {
    void loadShapes();
    const element = document.createElement("div");
    element.className = "sparks-sparkline";
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("role", "img");
    const status = document.createElement("span");
    status.className = "sparks-sr-only";
    status.setAttribute("aria-live", "polite");
    element.append(svg, status);
    const clickable = () => ctx.listens("click") && !isDisabled(element);
    svg.addEventListener("click", (event) => {
      if (!clickable() || valuesOf(ctx.props.values).length === 0) return;
      ctx.send("click", nearestIndex(svg, ctx, event.clientX));
    });
    svg.addEventListener("keydown", (event) => {
      const count = valuesOf(ctx.props.values).length;
      if (!clickable() || count === 0) return;
      const at = Math.min(cursors.get(element) ?? count - 1, count - 1);
      let next: number | undefined;
      if (event.key === "ArrowLeft" || event.key === "ArrowDown") next = Math.max(0, at - 1);
      else if (event.key === "ArrowRight" || event.key === "ArrowUp")
        next = Math.min(count - 1, at + 1);
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = count - 1;
      else if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        ctx.send("click", at);
        return;
      } else return;
      event.preventDefault();
      cursors.set(element, next);
      const value = valuesOf(ctx.props.values)[next]!;
      status.textContent = `Point ${next + 1} of ${count}: ${formatValue(value)}`;
      redraw(element, ctx);
    });
    svg.addEventListener("blur", () => {
      if (cursors.delete(element)) redraw(element, ctx);
    });
    wireAnimationEnd(element, ctx);
    return element;
  },
  update(element, ctx, changed) {
    const svg = element.firstElementChild as SVGSVGElement;
    const p = ctx.props;
    svg.setAttribute("aria-label", summarize(p.label, valuesOf(p.values)));
    const clickable = ctx.listens("click") && p.disabled !== true;
    element.classList.toggle("sparks-clickable", clickable);
    if (clickable) svg.setAttribute("tabindex", "0");
    else svg.removeAttribute("tabindex");
    element.dataset.curve = typeof p.curve === "string" ? p.curve : "linear";
    redraw(element, ctx);
    applyCommonProps(element, ctx, changed);
  },
};
