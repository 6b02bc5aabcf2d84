/**
 * Pure helpers of the chart renderers: ranges, ticks, number labels, paths, SVG paint.
 * @module
 */
import { cssColor } from "flet-ts/browser";

export const SVG = "http://www.w3.org/2000/svg";

/** A finite number, or `fallback`. */
export function fin(value: unknown, fallback: number): number;
export function fin(value: unknown): number | undefined;
export function fin(value: unknown, fallback?: number): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** Makes an SVG element with attributes. */
export function svg<TName extends keyof SVGElementTagNameMap>(
  name: TName,
  attrs: Record<string, string | number> = {},
): SVGElementTagNameMap[TName] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
  return element;
}

/** A linear map from the data range [min, max] onto pixels [from, to]. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  (value: number): number;
  /** Pixels back to data. */
  invert(pixel: number): number;
}

export function scale(min: number, max: number, from: number, to: number): Scale {
  const span = max - min || 1;
  const map = ((value: number) => from + ((value - min) / span) * (to - from)) as Scale;
  Object.assign(map, {
    min,
    max,
    invert: (pixel: number) => min + ((pixel - from) / (to - from || 1)) * span,
  });
  return map;
}

/** A range that is never empty: `[min, max]`, widened by one each side when equal. */
export function range(min: number, max: number): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  return min === max ? [min - 1, max + 1] : [min, max];
}

/**
 * fl_chart's efficient interval: about one label per `pixelsPerLabel`, rounded to 1, 2,
 * 2.5 or 5 times a power of ten.
 */
export function niceInterval(span: number, pixels: number, pixelsPerLabel = 50): number {
  const count = Math.max(1, Math.floor(pixels / pixelsPerLabel));
  const raw = Math.abs(span) / count || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((each) => each * power >= raw) ?? 10;
  return step * power;
}

/** The multiples of `interval` from `min` to `max` (counted from `base`). */
export function ticks(min: number, max: number, interval: number, base = 0): number[] {
  if (!(interval > 0)) return [];
  const out: number[] = [];
  const first = base + Math.ceil((min - base) / interval - 1e-9) * interval;
  for (let value = first; value <= max + 1e-9 && out.length < 1000; value += interval)
    out.push(Math.round(value * 1e9) / 1e9);
  return out;
}

/** fl_chart's `formatNumber`: 1200 → "1.2K", 2000000 → "2M", 0.5 → "0.5". */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  const short = (n: number, suffix: string) =>
    `${Number.isInteger(n) ? n : Number(n.toFixed(1))}${suffix}`;
  if (abs >= 1e9) return short(value / 1e9, "B");
  if (abs >= 1e6) return short(value / 1e6, "M");
  if (abs >= 1e3) return short(value / 1e3, "K");
  return String(Math.round(value * 100) / 100);
}

/** A point in pixels. */
export interface Pt {
  readonly x: number;
  readonly y: number;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** Straight segments through `points`. */
export function linePath(points: readonly Pt[]): string {
  let d = "";
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    d += `${i === 0 ? "M" : "L"}${r2(p.x)} ${r2(p.y)}`;
  }
  return d;
}

/**
 * fl_chart's curve: cubic segments whose control points lean along the neighbours'
 * direction (smoothness 0.35); with `flatBelow`, a rise smaller than it stays flat.
 */
export function curvePath(points: readonly Pt[], flatBelow?: number): string {
  if (points.length < 3) return linePath(points);
  const smooth = 0.35;
  let d = `M${r2(points[0]!.x)} ${r2(points[0]!.y)}`;
  let temp = { x: 0, y: 0 };
  for (let i = 1; i < points.length; i++) {
    const previous = points[i - 1]!;
    const current = points[i]!;
    const next = points[i + 1] ?? current;
    const before = points[i - 2] ?? previous;
    const c1 = { x: previous.x + temp.x, y: previous.y + temp.y };
    temp = { x: ((next.x - previous.x) / 2) * smooth, y: ((next.y - previous.y) / 2) * smooth };
    if (flatBelow !== undefined) {
      if (
        Math.abs(next.y - current.y) <= flatBelow ||
        Math.abs(current.y - previous.y) <= flatBelow
      )
        temp = { x: temp.x, y: 0 };
      if (
        Math.abs(next.x - current.x) <= flatBelow ||
        Math.abs(current.x - previous.x) <= flatBelow
      )
        temp = { x: 0, y: temp.y };
    }
    void before;
    const c2 = { x: current.x - temp.x, y: current.y - temp.y };
    d += `C${r2(c1.x)} ${r2(c1.y)} ${r2(c2.x)} ${r2(c2.y)} ${r2(current.x)} ${r2(current.y)}`;
  }
  return d;
}

/** A rectangle path with per-corner radii (top-left, top-right, bottom-right, bottom-left). */
export function roundRectPath(
  x: number,
  y: number,
  w: number,
  h: number,
  [tl, tr, br, bl]: readonly [number, number, number, number],
): string {
  const max = Math.min(w, h) / 2;
  const [a, b, c, e] = [tl, tr, br, bl].map((r) => Math.max(0, Math.min(r, max))) as number[];
  return (
    `M${r2(x + a!)} ${r2(y)}H${r2(x + w - b!)}A${r2(b!)} ${r2(b!)} 0 0 1 ${r2(x + w)} ${r2(y + b!)}` +
    `V${r2(y + h - c!)}A${r2(c!)} ${r2(c!)} 0 0 1 ${r2(x + w - c!)} ${r2(y + h)}` +
    `H${r2(x + e!)}A${r2(e!)} ${r2(e!)} 0 0 1 ${r2(x)} ${r2(y + h - e!)}` +
    `V${r2(y + a!)}A${r2(a!)} ${r2(a!)} 0 0 1 ${r2(x + a!)} ${r2(y)}Z`
  );
}

/** Flet's `borderRadius` (a number or `{ topLeft, topRight, bottomRight, bottomLeft }`). */
export function radii(value: unknown, fallback: number): [number, number, number, number] {
  if (typeof value === "number") return [value, value, value, value];
  if (value === null || typeof value !== "object") return [fallback, fallback, fallback, fallback];
  const v = value as Record<string, unknown>;
  return [fin(v.topLeft, 0), fin(v.topRight, 0), fin(v.bottomRight, 0), fin(v.bottomLeft, 0)];
}

/** An annular sector from angle `a0` to `a1` (radians, clockwise from 3 o'clock). */
export function sectorPath(
  cx: number,
  cy: number,
  r0: number,
  r1: number,
  a0: number,
  a1: number,
): string {
  const sweep = a1 - a0;
  if (sweep >= Math.PI * 2 - 1e-6) {
    const ring = (r: number, dir: 0 | 1) =>
      `M${r2(cx + r)} ${r2(cy)}A${r2(r)} ${r2(r)} 0 1 ${dir} ${r2(cx - r)} ${r2(cy)}A${r2(r)} ${r2(r)} 0 1 ${dir} ${r2(cx + r)} ${r2(cy)}Z`;
    return ring(r1, 1) + (r0 > 0 ? ring(r0, 0) : "");
  }
  const large = sweep > Math.PI ? 1 : 0;
  const at = (r: number, a: number) => `${r2(cx + r * Math.cos(a))} ${r2(cy + r * Math.sin(a))}`;
  if (r0 <= 0)
    return `M${r2(cx)} ${r2(cy)}L${at(r1, a0)}A${r2(r1)} ${r2(r1)} 0 ${large} 1 ${at(r1, a1)}Z`;
  return `M${at(r0, a0)}L${at(r1, a0)}A${r2(r1)} ${r2(r1)} 0 ${large} 1 ${at(r1, a1)}L${at(r0, a1)}A${r2(r0)} ${r2(r0)} 0 ${large} 0 ${at(r0, a0)}Z`;
}

/** Flutter's `Colors.cyan`, fl_chart's default for lines, bars and sections. */
export const CYAN = "#00bcd4";
/** Flutter's `Colors.blueGrey`. */
export const BLUE_GREY = "#607d8b";

/** A CSS colour of a Flet colour, or `fallback`. */
export function color(value: unknown, fallback: string): string {
  return cssColor(value) ?? fallback;
}

/** The first colour of a gradient, if any. */
export function firstColor(gradient: unknown): string | undefined {
  const colors = (gradient as { colors?: unknown[] } | undefined)?.colors;
  return Array.isArray(colors) ? cssColor(colors[0]) : undefined;
}

/**
 * An SVG gradient (`<linearGradient>` or `<radialGradient>`) of a Flet gradient, in
 * the box of the shape it paints; `undefined` for anything else.
 */
export function svgGradient(id: string, value: unknown): SVGElement | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const g = value as Record<string, unknown>;
  if (!Array.isArray(g.colors) || g.colors.length === 0) return undefined;
  const point = (p: unknown, fx: number, fy: number) => {
    const v = (p ?? {}) as { x?: unknown; y?: unknown };
    return { x: (fin(v.x, fx) + 1) / 2, y: (fin(v.y, fy) + 1) / 2 };
  };
  let element: SVGElement;
  if (g.type === "radial") {
    const c = point(g.center, 0, 0);
    element = svg("radialGradient", { id, cx: c.x, cy: c.y, r: fin(g.radius, 0.5) });
  } else {
    const b = point(g.begin, -1, 0);
    const e = point(g.end, 1, 0);
    element = svg("linearGradient", { id, x1: b.x, y1: b.y, x2: e.x, y2: e.y });
  }
  const stops = Array.isArray(g.stops) ? (g.stops as unknown[]) : [];
  const last = g.colors.length - 1 || 1;
  g.colors.forEach((each, index) => {
    const stop = svg("stop", { offset: fin(stops[index], index / last) });
    stop.style.stopColor = cssColor(each) ?? "transparent";
    element.append(stop);
  });
  return element;
}

/** SVG `stroke-dasharray` of a dash pattern, or `""`. */
export function dashes(value: unknown): string {
  return Array.isArray(value) && value.length > 0 ? value.map((n) => fin(n, 0)).join(" ") : "";
}
