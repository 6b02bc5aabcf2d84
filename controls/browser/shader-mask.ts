/**
 * `shadermask`: Flutter's ShaderMask. The gradient is drawn on a canvas at the element's
 * size (Flutter's geometry: linear ends at alignments in the box, radial radius a
 * fraction of the shorter side, sweep between two angles), handed to an SVG filter as an
 * `feImage`, and combined with the content (the filter's `SourceGraphic`) by the blend
 * mode: `feComposite` for Porter-Duff modes and for `modulate`/`plus` (arithmetic),
 * `feBlend` for the separable and non-separable ones, all in sRGB.
 * @module
 */
import { cssColor, type RenderContext } from "flet-ts/browser";
import { CSS_BLEND } from "./blend.js";
import { radiusCss } from "./box.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";

/** Porter-Duff modes: `feComposite` operator, and whether the shader is its first input. */
const COMPOSITE: Readonly<Record<string, readonly [string, boolean]>> = {
  srcOver: ["over", true],
  dstOver: ["over", false],
  srcIn: ["in", true],
  dstIn: ["in", false],
  srcOut: ["out", true],
  dstOut: ["out", false],
  srcATop: ["atop", true],
  dstATop: ["atop", false],
  xor: ["xor", true],
};

/**
 * The filter primitives after the shader's `feImage` (result `shader`) for a Flutter blend
 * mode: `[tag, attributes]`. An unknown or missing mode is `modulate`, as in Flet.
 *
 * @example
 * ```ts
 * blendPrimitives("dstIn"); // [["feComposite", { in: "SourceGraphic", in2: "shader", operator: "in" }]]
 * ```
 */
export function blendPrimitives(mode: unknown): [string, Record<string, string>][] {
  const name = typeof mode === "string" ? mode : "modulate";
  const composite = COMPOSITE[name];
  if (composite) {
    const [operator, shaderFirst] = composite;
    const [first, second] = shaderFirst ? ["shader", "SourceGraphic"] : ["SourceGraphic", "shader"];
    return [["feComposite", { in: first, in2: second, operator }]];
  }
  if (name === "clear") return [["feFlood", { "flood-opacity": "0" }]];
  if (name === "src") return [["feOffset", { in: "shader" }]];
  if (name === "dst") return [["feOffset", { in: "SourceGraphic" }]];
  // Skia's plus adds the premultiplied components; modulate multiplies them (feBlend has
  // neither); the other modes are CSS's, under their CSS names.
  const blend = name === "plus" || name === "modulate" ? undefined : CSS_BLEND[name];
  if (blend) return [["feBlend", { in: "shader", in2: "SourceGraphic", mode: blend }]];
  const [k1, k2, k3] = name === "plus" ? ["0", "1", "1"] : ["1", "0", "0"];
  return [
    ["feComposite", { in: "shader", in2: "SourceGraphic", operator: "arithmetic", k1, k2, k3 }],
  ];
}

type Gradient = Record<string, unknown> & { type?: string; colors?: unknown[] };
type Point = { x: number; y: number };

const pointOf = (value: unknown, fallback: Point): Point =>
  typeof value === "object" && value !== null && typeof (value as Point).x === "number"
    ? (value as Point)
    : fallback;
const num = (value: unknown, fallback: number) =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;

// A colour the canvas understands: theme colours are CSS variables, resolved here.
function resolve(probe: Element & ElementCSSInlineStyle, color: unknown): string {
  const css = cssColor(color) ?? "transparent";
  if (!css.includes("var(") && !css.includes("color-mix(")) return css;
  probe.style.color = css;
  return getComputedStyle(probe).color;
}

/**
 * Paints Flutter's gradient `shader` over a `width` × `height` box of `canvas` (already
 * scaled to CSS pixels).
 */
function paint(
  context: CanvasRenderingContext2D,
  shader: Gradient,
  width: number,
  height: number,
  color: (value: unknown) => string,
): void {
  const colors = Array.isArray(shader.colors) ? shader.colors : [];
  const stops =
    Array.isArray(shader.stops) && shader.stops.length === colors.length
      ? (shader.stops as number[])
      : colors.map((_, index) => (colors.length > 1 ? index / (colors.length - 1) : 0));
  const at = (point: Point): Point => ({
    x: ((point.x + 1) / 2) * width,
    y: ((point.y + 1) / 2) * height,
  });
  const short = Math.min(width, height);
  let gradient: CanvasGradient;
  let span = 1;
  let turned = 0;
  if (shader.type === "radial") {
    const center = at(pointOf(shader.center, { x: 0, y: 0 }));
    const focal = at(pointOf(shader.focal, pointOf(shader.center, { x: 0, y: 0 })));
    const radius = num(shader.radius, 0.5) * short;
    const focalRadius = num(shader.focalRadius, 0) * short;
    gradient = context.createRadialGradient(
      focal.x,
      focal.y,
      focalRadius,
      center.x,
      center.y,
      radius,
    );
  } else if (shader.type === "sweep") {
    const center = at(pointOf(shader.center, { x: 0, y: 0 }));
    const start = num(shader.startAngle, 0);
    const end = num(shader.endAngle, Math.PI * 2);
    span = Math.min(1, Math.max(0.0001, (end - start) / (Math.PI * 2)));
    turned = start;
    gradient = context.createConicGradient(start, center.x, center.y);
  } else {
    const begin = at(pointOf(shader.begin, { x: -1, y: 0 }));
    const end = at(pointOf(shader.end, { x: 1, y: 0 }));
    gradient = context.createLinearGradient(begin.x, begin.y, end.x, end.y);
  }
  colors.forEach((value, index) => {
    const stop = Math.min(1, Math.max(0, stops[index] ?? 0));
    gradient.addColorStop(stop * span, color(value));
  });
  if (shader.type === "sweep" && span < 1) {
    // Clamped: the last colour up to a full turn, the first one before the start angle.
    const beforeStart = 1 - Math.min(1, turned / (Math.PI * 2));
    gradient.addColorStop(Math.max(span, beforeStart), color(colors.at(-1)));
    if (beforeStart < 1) gradient.addColorStop(beforeStart + 0.00001, color(colors[0]));
  }
  const rotation = num(shader.rotation, 0);
  context.save();
  if (rotation !== 0 && shader.type !== "sweep") {
    context.translate(width / 2, height / 2);
    context.rotate(rotation);
    context.translate(-width / 2, -height / 2);
  }
  context.fillStyle = gradient;
  // Rotated, the fill must still cover the whole box.
  const margin = rotation !== 0 ? Math.max(width, height) : 0;
  context.fillRect(-margin, -margin, width + margin * 2, height + margin * 2);
  context.restore();
}

interface State {
  readonly filter: SVGFilterElement;
  readonly image: SVGFEImageElement;
  readonly ctx: RenderContext;
  drawn: string;
}

const states = new WeakMap<HTMLElement, State>();
let filters = 0;

// Draws the shader at the element's current size into the filter's feImage.
function draw(element: HTMLElement, state: State): void {
  const width = element.offsetWidth;
  const height = element.offsetHeight;
  const shader = state.ctx.props.shader as Gradient | undefined;
  const key = `${width}x${height}:${JSON.stringify(shader)}:${state.ctx.dark}`;
  if (width === 0 || height === 0 || !shader || key === state.drawn) return;
  state.drawn = key;
  const scale = Math.min(2, window.devicePixelRatio || 1);
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext("2d");
  if (!context) return;
  context.scale(scale, scale);
  paint(context, shader, width, height, (value) => resolve(state.filter, value));
  for (const [name, value] of [
    ["width", width],
    ["height", height],
  ] as const)
    state.image.setAttribute(name, String(value));
  state.image.setAttribute("href", canvas.toDataURL("image/png"));
}

const resized = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const element = entry.target as HTMLElement;
    const state = states.get(element);
    if (state) draw(element, state);
  }
});

/** Draws `shadermask` (see the module comment). */
export const shaderMaskRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    const id = `flet-shader-${++filters}`;
    const element = h("div");
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("class", "flet-shadermask-defs");
    const filter = document.createElementNS(SVG, "filter");
    filter.id = id;
    for (const [name, value] of Object.entries({
      filterUnits: "objectBoundingBox",
      primitiveUnits: "userSpaceOnUse",
      x: "0",
      y: "0",
      width: "1",
      height: "1",
      "color-interpolation-filters": "sRGB",
    }))
      filter.setAttribute(name, value);
    const image = document.createElementNS(SVG, "feImage");
    for (const [name, value] of Object.entries({
      x: "0",
      y: "0",
      preserveAspectRatio: "none",
      result: "shader",
    }))
      image.setAttribute(name, value);
    svg.append(filter);
    element.append(svg);
    element.style.filter = `url(#${id})`;
    states.set(element, { filter, image, ctx, drawn: "" });
    resized.observe(element);
    return element;
  },
  update(element, ctx, changed) {
    const state = states.get(element)!;
    const p = ctx.props;
    // The first update lists only the props that are set: build the filter then too.
    if (state.filter.firstChild === null || changed.has("*") || changed.has("blendMode")) {
      const primitives = blendPrimitives(p.blendMode).map(([tag, attributes]) => {
        const primitive = document.createElementNS(SVG, tag);
        for (const [name, value] of Object.entries(attributes)) primitive.setAttribute(name, value);
        return primitive;
      });
      state.filter.replaceChildren(state.image, ...primitives);
    }
    const radius = radiusCss(p.borderRadius);
    // Flutter clips the masked result (ClipRRect around the ShaderMask): clip-path comes
    // after the filter in CSS, where overflow would clip the content before it.
    element.style.clipPath = radius ? `inset(0 round ${radius})` : "";
    const svg = element.firstElementChild!;
    place(element, [svg, ctx.child("content")]);
    draw(element, state);
  },
  destroy(element) {
    resized.unobserve(element);
  },
  styles: `.flet-shadermask{display:flex;flex-direction:column;position:relative}
.flet-shadermask-defs{position:absolute;width:0;height:0;overflow:hidden}`,
};
