/**
 * How a canvas shape is painted with a 2D context (Flutter's `Canvas` calls in Flet's
 * `FletCustomPainter`): paints, gradients, blend modes, blur, dashes, shadows, points.
 * @module
 */
import { cssColor } from "flet-ts/browser";
import { ellipseArc, oval, pathData, pointOf, roundRect } from "./canvas-geometry.js";
import { paintText, type SpanData } from "./canvas-text.js";

type Json = Record<string, unknown>;
type G = CanvasRenderingContext2D;

/** What painting needs from the page: colours resolved in the theme, sizes, fonts. */
export interface PaintEnv {
  /** A theme-aware colour value (`primary`, `red,0.5`) → a colour the context accepts. */
  color(value: unknown): string | undefined;
  /** The canvas's size in logical pixels. */
  readonly width: number;
  readonly height: number;
  /** One device pixel in logical pixels: Flutter's hairline (stroke width 0). */
  readonly hairline: number;
  /** The page's font family and default text colour (the theme's on-surface). */
  readonly fontFamily: string;
  readonly textColor: string;
}

/** A shape to paint: its wire type, props and (for text) its spans, nested as sent. */
export interface ShapeData {
  readonly type: string;
  readonly props: Readonly<Json>;
  readonly spans: readonly SpanData[];
}

const num = (value: unknown, fallback = 0): number =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;

const BLEND: Readonly<Record<string, GlobalCompositeOperation>> = {
  srcOver: "source-over",
  src: "copy",
  srcIn: "source-in",
  srcOut: "source-out",
  srcATop: "source-atop",
  dstOver: "destination-over",
  dstIn: "destination-in",
  dstOut: "destination-out",
  dstATop: "destination-atop",
  clear: "destination-out",
  xor: "xor",
  plus: "lighter",
  modulate: "multiply",
  multiply: "multiply",
  screen: "screen",
  overlay: "overlay",
  darken: "darken",
  lighten: "lighten",
  colorDodge: "color-dodge",
  colorBurn: "color-burn",
  hardLight: "hard-light",
  softLight: "soft-light",
  difference: "difference",
  exclusion: "exclusion",
  hue: "hue",
  saturation: "saturation",
  color: "color",
  luminosity: "luminosity",
};

/** The context's composite operation for a Flutter blend mode; `dst` draws nothing. */
function blendOf(mode: unknown): GlobalCompositeOperation | "skip" {
  if (mode === "dst") return "skip";
  return (typeof mode === "string" && BLEND[mode]) || "source-over";
}

function gradientOf(g: G, spec: Json, env: PaintEnv): CanvasGradient | undefined {
  const colors = (Array.isArray(spec.colors) ? spec.colors : []).map(
    (c) => env.color(c) ?? "black",
  );
  if (colors.length === 0) return undefined;
  const stops = Array.isArray(spec.colorStops)
    ? spec.colorStops.map((s) => num(s))
    : colors.map((_, i) => (colors.length === 1 ? 0 : i / (colors.length - 1)));
  let gradient: CanvasGradient;
  let place = (t: number) => t;
  if (spec.type === "linear") {
    const [x0, y0] = pointOf(spec.begin) ?? [0, 0];
    const [x1, y1] = pointOf(spec.end) ?? [0, 0];
    gradient = g.createLinearGradient(x0, y0, x1, y1);
  } else if (spec.type === "radial") {
    const [cx, cy] = pointOf(spec.center) ?? [0, 0];
    const [fx, fy] = pointOf(spec.focal) ?? [cx, cy];
    gradient = g.createRadialGradient(fx, fy, num(spec.focalRadius), cx, cy, num(spec.radius));
  } else if (spec.type === "sweep") {
    const [cx, cy] = pointOf(spec.center) ?? [0, 0];
    const start = num(spec.startAngle);
    const end = num(spec.endAngle, Math.PI * 2);
    const turn = Math.PI * 2;
    gradient = g.createConicGradient(num(spec.rotation), cx, cy);
    // A conic gradient spans a full turn: the colours sit between start and end angle,
    // clamped to the end colours outside (Flutter's clamp tile mode).
    place = (t) => Math.min(1, Math.max(0, (start + t * (end - start)) / turn));
    gradient.addColorStop(0, colors[0]!);
    gradient.addColorStop(1, colors.at(-1)!);
  } else return undefined;
  colors.forEach((color, i) => {
    gradient.addColorStop(Math.min(1, Math.max(0, place(stops[i] ?? 0))), color);
  });
  return gradient;
}

function blurSigma(value: unknown): number {
  if (typeof value === "number") return value;
  if (Array.isArray(value)) return (num(value[0]) + num(value[1])) / 2;
  if (value !== null && typeof value === "object") {
    const v = value as Json;
    return (num(v.sigmaX) + num(v.sigmaY)) / 2;
  }
  return 0;
}

/**
 * Sets the context up for a Flet paint and says whether it fills or strokes (`skip`: a
 * `dst` blend, which leaves the canvas as it is).
 */
export function applyPaint(
  g: G,
  paint: unknown,
  env: PaintEnv,
  forced?: "stroke",
): "fill" | "stroke" | "skip" {
  const p = (paint !== null && typeof paint === "object" ? paint : {}) as Json;
  const blend = blendOf(p.blendMode);
  if (blend === "skip") return "skip";
  g.globalCompositeOperation = blend;
  const gradient = p.gradient ? gradientOf(g, p.gradient as Json, env) : undefined;
  const color = p.blendMode === "clear" ? "black" : (env.color(p.color) ?? "black");
  g.fillStyle = gradient ?? color;
  g.strokeStyle = gradient ?? color;
  const width = num(p.strokeWidth);
  g.lineWidth = width > 0 ? width : env.hairline;
  g.lineCap = p.strokeCap === "round" || p.strokeCap === "square" ? p.strokeCap : "butt";
  g.lineJoin = p.strokeJoin === "round" || p.strokeJoin === "bevel" ? p.strokeJoin : "miter";
  g.miterLimit = num(p.strokeMiterLimit, 4);
  const sigma = blurSigma(p.blurImage);
  if (sigma > 0) g.filter = `blur(${sigma}px)`;
  return forced ?? (p.style === "stroke" ? "stroke" : "fill");
}

/** Dashes (Flet applies `strokeDashPattern` to lines and paths only). */
function applyDashes(g: G, paint: unknown): void {
  const pattern = (paint as Json | undefined)?.strokeDashPattern;
  if (Array.isArray(pattern) && pattern.length > 0) g.setLineDash(pattern.map((v) => num(v)));
}

/**
 * Parsed paths by their SVG data: a repaint draws the same shapes again, and parsing is
 * most of what drawing a small shape costs. Emptied when it grows past 50,000.
 */
const parsed = new Map<string, Path2D>();

function draw(g: G, d: string, mode: "fill" | "stroke" | "skip"): void {
  if (mode === "skip" || d === "") return;
  let path = parsed.get(d);
  if (path === undefined) {
    if (parsed.size >= 50_000) parsed.clear();
    path = new Path2D(d);
    pathData2D.set(path, d);
    parsed.set(d, path);
  }
  if (mode === "fill") g.fill(path);
  else g.stroke(path);
}

/** The SVG data of each `Path2D` painted, so a recording can name what was drawn. */
export const pathData2D = new WeakMap<Path2D, string>();

function drawPoints(g: G, props: Json, env: PaintEnv): void {
  const mode = applyPaint(g, props.paint, env, "stroke");
  if (mode === "skip") return;
  const points = (Array.isArray(props.points) ? props.points : [])
    .map(pointOf)
    .filter((p) => p !== undefined);
  let d = "";
  if (props.pointMode === "lines") {
    for (let i = 0; i + 1 < points.length; i += 2)
      d += `M${points[i]![0]} ${points[i]![1]}L${points[i + 1]![0]} ${points[i + 1]![1]}`;
    draw(g, d, "stroke");
  } else if (props.pointMode === "polygon") {
    points.forEach(([x, y], i) => {
      d += `${i === 0 ? "M" : "L"}${x} ${y}`;
    });
    draw(g, d, "stroke");
  } else {
    // Each point is a dot as wide as the stroke: round with a round cap, else square.
    const size = g.lineWidth;
    const round = g.lineCap === "round";
    for (const [x, y] of points)
      d += round
        ? oval(x - size / 2, y - size / 2, size, size)
        : `M${x - size / 2} ${y - size / 2}h${size}v${size}h${-size}Z`;
    draw(g, d, "fill");
  }
}

function drawShadow(g: G, props: Json, env: PaintEnv): void {
  const d = pathData(props.path);
  const elevation = num(props.elevation);
  if (d === "" || elevation <= 0) return;
  const color = env.color(props.color) ?? "black";
  const path = new Path2D(d);
  pathData2D.set(path, d);
  if (props.transparentOccluder !== true) {
    // An opaque occluder hides the shadow beneath it: paint only outside the outline.
    const outside = new Path2D(`M-1e5 -1e5H1e5V1e5H-1e5Z${d}`);
    pathData2D.set(outside, `outside ${d}`);
    g.clip(outside, "evenodd");
  }
  // The shape itself is drawn far away; only its shadow, shifted back, lands here.
  const far = 1e4;
  g.shadowColor = color;
  g.shadowBlur = elevation * 2;
  g.shadowOffsetX = far;
  g.shadowOffsetY = far + elevation / 2;
  g.translate(-far, -far);
  g.fillStyle = "black";
  g.fill(path);
}

/** Shapes whose painting sets only what {@link applyPaint} sets again for every shape. */
const PLAIN = new Set([
  "cv.line",
  "cv.circle",
  "cv.oval",
  "cv.arc",
  "cv.rect",
  "cv.path",
  "cv.fill",
  "cv.color",
]);

/**
 * Whether a shape changes more of the context than the next shape sets again (a blur,
 * dashes, a clip, a transform, a font): it is then saved and restored around, which costs
 * more than drawing a small shape does.
 */
function isolated(shape: ShapeData): boolean {
  if (!PLAIN.has(shape.type)) return true;
  const paint = shape.props.paint as Json | null | undefined;
  if (paint === null || typeof paint !== "object") return false;
  const dashes = paint.strokeDashPattern;
  return paint.blurImage != null || (Array.isArray(dashes) && dashes.length > 0);
}

/**
 * Paints one shape with `g`, as Flet's client does: a Line is always stroked; other
 * outlines fill or stroke by `paint.style`. What the shape sets that the next one would
 * not set again is restored after it.
 */
export function paintShape(g: G, shape: ShapeData, env: PaintEnv): void {
  const p = shape.props;
  const save = isolated(shape);
  if (save) g.save();
  try {
    switch (shape.type) {
      case "cv.line": {
        const mode = applyPaint(g, p.paint, env, "stroke");
        applyDashes(g, p.paint);
        draw(g, `M${num(p.x1)} ${num(p.y1)}L${num(p.x2)} ${num(p.y2)}`, mode);
        break;
      }
      case "cv.circle": {
        const r = Math.max(0, num(p.radius));
        draw(g, oval(num(p.x) - r, num(p.y) - r, 2 * r, 2 * r), applyPaint(g, p.paint, env));
        break;
      }
      case "cv.oval":
        draw(g, oval(num(p.x), num(p.y), num(p.width), num(p.height)), applyPaint(g, p.paint, env));
        break;
      case "cv.arc": {
        const w = num(p.width);
        const h = num(p.height);
        const cx = num(p.x) + w / 2;
        const cy = num(p.y) + h / 2;
        const arc = ellipseArc(cx, cy, w / 2, h / 2, num(p.startAngle), num(p.sweepAngle), "L");
        const d = p.useCenter === true ? `M${cx} ${cy}${arc}Z` : `M${arc.slice(1)}`;
        draw(g, d, applyPaint(g, p.paint, env));
        break;
      }
      case "cv.rect":
        draw(
          g,
          roundRect(num(p.x), num(p.y), num(p.width), num(p.height), p.borderRadius),
          applyPaint(g, p.paint, env),
        );
        break;
      case "cv.path": {
        const mode = applyPaint(g, p.paint, env);
        applyDashes(g, p.paint);
        draw(g, pathData(p.elements), mode);
        break;
      }
      case "cv.points":
        drawPoints(g, p as Json, env);
        break;
      case "cv.fill": {
        // drawPaint covers the whole canvas whatever the paint's style.
        const mode = applyPaint(g, p.paint, env);
        draw(g, `M0 0H${env.width}V${env.height}H0Z`, mode === "skip" ? "skip" : "fill");
        break;
      }
      case "cv.color": {
        const mode = applyPaint(g, { color: p.color, blendMode: p.blendMode }, env);
        draw(g, `M0 0H${env.width}V${env.height}H0Z`, mode === "skip" ? "skip" : "fill");
        break;
      }
      case "cv.shadow":
        drawShadow(g, p as Json, env);
        break;
      case "cv.text":
        paintText(g, shape, env);
        break;
    }
  } finally {
    if (save) g.restore();
  }
}

/** A CSS colour for the context, resolving theme variables through a probe element. */
export function colorResolver(probe: HTMLElement): (value: unknown) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (value) => {
    const css = cssColor(value);
    if (css === undefined) return undefined;
    if (!css.includes("var(") && !css.includes("color-mix(")) return css;
    if (!cache.has(css)) {
      probe.style.color = "";
      probe.style.color = css;
      cache.set(css, getComputedStyle(probe).color || undefined);
    }
    return cache.get(css);
  };
}
