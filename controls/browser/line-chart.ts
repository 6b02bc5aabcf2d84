/**
 * `linechart` (loaded on first use): one SVG path per series (a single `d`, so 10,000
 * points are one element), its areas, point shapes, and the hover indicator. The series
 * and points are hidden parts whose changes repaint the chart once per render pass.
 * @module
 */
import type { RenderContext } from "flet-ts/browser";
import { axisLayer, drawAxes, drawFrame, placeAxes, plotBox } from "./chart-axes.js";
import {
  animated,
  type Chart,
  type ChartKind,
  chartRenderer,
  childProps,
  type Hit,
  type Nav,
  partRenderer,
  partsOf,
  placeIn,
  type Tip,
} from "./chart-base.js";
import {
  CYAN,
  color,
  curvePath,
  dashes,
  fin,
  firstColor,
  linePath,
  type Pt,
  range,
  type Scale,
  scale,
  svg,
  svgGradient,
} from "./chart-math.js";

type Props = Record<string, unknown>;

/** One series as last painted: its props, its points' props and pixels. */
interface Series {
  readonly props: Props;
  readonly points: Props[];
  readonly at: Pt[];
  readonly color: string;
}

const painted = new WeakMap<Chart, { series: Series[]; x: Scale; y: Scale; bottom: number }>();

/**
 * From this many points a line is stroked on a canvas from the same path data: Chromium
 * rasterises a 10,000-point SVG path about twice as slowly (docs/decisions/0009-charts.md).
 * The SVG path stays in the DOM, hidden, with its `d`.
 */
const CANVAS_POINTS = 2_000;
const big: SVGPathElement[] = [];

/** Strokes the big lines of this paint on the chart's canvas (made when first needed). */
function strokeBig(chart: Chart): void {
  let canvas = chart.root.querySelector<HTMLCanvasElement>(":scope > canvas");
  if (big.length === 0) {
    canvas?.remove();
    return;
  }
  if (!canvas) {
    canvas = document.createElement("canvas");
    canvas.className = "flet-chart-canvas";
    canvas.setAttribute("aria-hidden", "true");
    chart.drawing.after(canvas);
  }
  const dpr = window.devicePixelRatio || 1;
  const [w, hgt] = [
    Math.max(1, Math.round(chart.width * dpr)),
    Math.max(1, Math.round(chart.height * dpr)),
  ];
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== hgt) canvas.height = hgt;
  const g = canvas.getContext("2d")!;
  g.setTransform(1, 0, 0, 1, 0, 0);
  g.clearRect(0, 0, w, hgt);
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  for (const line of big.splice(0)) {
    const style = getComputedStyle(line);
    line.style.visibility = "hidden";
    g.strokeStyle = style.stroke;
    g.lineWidth = Number.parseFloat(style.strokeWidth) || 2;
    g.lineCap = style.strokeLinecap as CanvasLineCap;
    g.lineJoin = "round";
    const dash = style.strokeDasharray;
    g.setLineDash(dash && dash !== "none" ? dash.split(/[ ,]+/).map(Number.parseFloat) : []);
    g.stroke(new Path2D(line.getAttribute("d") ?? ""));
  }
}

/** Dart's `double.toString()`: `3` → `"3.0"`, as Flet's tooltips show values. */
export function dartDouble(value: number): string {
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

/** A point's shape as an SVG element, or none (`false`/unset). */
function shapeOf(shape: unknown, at: Pt, fill: string, selected: boolean): SVGElement | undefined {
  if (shape === false || shape === undefined || shape === null) return undefined;
  const s = (typeof shape === "object" ? shape : {}) as Props;
  const stroke = color(s.strokeColor, fill);
  const strokeWidth = fin(s.strokeWidth, selected ? 2 : 1);
  let element: SVGElement;
  if (s.type === "square") {
    const size = fin(s.size, selected ? 12 : 4);
    element = svg("rect", { x: at.x - size / 2, y: at.y - size / 2, width: size, height: size });
  } else if (s.type === "cross") {
    const size = fin(s.size, selected ? 12 : 8) / 2;
    element = svg("path", {
      d: `M${at.x - size} ${at.y - size}L${at.x + size} ${at.y + size}M${at.x + size} ${at.y - size}L${at.x - size} ${at.y + size}`,
    });
    element.style.stroke = color(s.color, fill);
    element.style.strokeWidth = String(fin(s.width, 2));
    return element;
  } else {
    element = svg("circle", { cx: at.x, cy: at.y, r: fin(s.radius, selected ? 8 : 4) });
  }
  element.style.fill = color(s.color, fill);
  element.style.stroke = stroke;
  element.style.strokeWidth = String(strokeWidth);
  element.classList.add("flet-chart-point");
  return element;
}

function paintSeries(
  chart: Chart,
  s: Series,
  index: number,
  box: { top: number; bottom: number },
  y: Scale,
): void {
  const p = s.props;
  const group = svg("g", { class: "flet-chart-series" });
  const threshold =
    p.preventCurveOverShooting === true ? fin(p.preventCurveOverShootingThreshold, 10) : undefined;
  const d = p.curved === true ? curvePath(s.at, threshold) : linePath(s.at);
  const first = s.at[0];
  const last = s.at[s.at.length - 1];
  const area = (fill: unknown, gradient: unknown, edge: number, name: string) => {
    if (fill === undefined && gradient === undefined) return;
    if (!first || !last) return;
    const path = svg("path", { d: `${d}L${last.x} ${edge}L${first.x} ${edge}Z`, class: name });
    const grad = svgGradient(`${chart.ctx.id}-${name}-${index}`, gradient);
    if (grad) {
      chart.defs.append(grad);
      path.style.fill = `url(#${grad.id})`;
    } else path.style.fill = color(fill, "transparent");
    group.append(path);
  };
  const cutBelow = fin(p.belowLineCutoffY);
  const cutAbove = fin(p.aboveLineCutoffY);
  area(
    p.belowLineBgcolor,
    p.belowLineGradient,
    cutBelow === undefined ? box.bottom : y(cutBelow),
    "flet-chart-below",
  );
  area(
    p.aboveLineBgcolor,
    p.aboveLineGradient,
    cutAbove === undefined ? box.top : y(cutAbove),
    "flet-chart-above",
  );
  const spotLines = (line: unknown, to: number, flag: string, name: string) => {
    if (line === null || typeof line !== "object") return;
    const l = line as Props;
    let dd = "";
    s.at.forEach((at, i) => {
      if (s.points[i]?.[flag] !== false) dd += `M${at.x} ${at.y}V${to}`;
    });
    const path = svg("path", { d: dd, class: name });
    path.style.stroke = color(l.color, s.color);
    path.style.strokeWidth = String(fin(l.width, 2));
    path.style.strokeDasharray = dashes(l.dashPattern);
    group.append(path);
  };
  spotLines(p.belowLine, box.bottom, "showBelowLine", "flet-chart-below-line");
  spotLines(p.aboveLine, box.top, "showAboveLine", "flet-chart-above-line");
  const line = svg("path", { class: "flet-chart-line" });
  const before = painted.get(chart)?.series[index]?.at.length;
  animated(chart, line, `line-${index}`, d, before === s.at.length);
  const grad = svgGradient(`${chart.ctx.id}-line-${index}`, p.gradient);
  if (grad) {
    grad.setAttribute("gradientUnits", "userSpaceOnUse");
    const [x1, x2] = [first?.x ?? 0, last?.x ?? 1];
    for (const [k, v] of [
      ["x1", x1],
      ["x2", x2],
      ["y1", 0],
      ["y2", 0],
    ] as const)
      grad.setAttribute(k, String(v));
    chart.defs.append(grad);
  }
  const st = line.style;
  st.fill = "none";
  st.stroke = grad ? `url(#${grad.id})` : s.color;
  st.strokeWidth = String(fin(p.strokeWidth, 2));
  st.strokeLinecap = p.strokeCapRound === true ? "round" : "butt";
  st.strokeLinejoin = "round";
  st.strokeDasharray = dashes(p.dashPattern);
  const shadow = p.shadow as Props | undefined;
  if (shadow && typeof shadow === "object") {
    const off = (shadow.offset ?? {}) as Props;
    st.filter = `drop-shadow(${fin(off.x, 0)}px ${fin(off.y, 0)}px ${fin(shadow.blurRadius, 0) / 2}px ${color(shadow.color, "rgb(0 0 0 / 50%)")})`;
  }
  group.append(line);
  if (s.at.length >= CANVAS_POINTS && !grad) big.push(line);
  s.at.forEach((at, i) => {
    const own = s.points[i]?.point;
    const shape = shapeOf(own ?? p.point, at, s.color, false);
    if (shape) group.append(shape);
  });
  chart.plot.append(group);
}

function tipOf(s: Series, index: number): Tip {
  const point = s.points[index]!;
  const text =
    point.showTooltip === false
      ? ""
      : typeof point.tooltip === "string"
        ? point.tooltip
        : dartDouble(fin(point.y, 0));
  return { text, color: s.color, style: point.tooltipStyle, align: point.tooltipAlign };
}

/** The hit of the points `spots` (pairs of series and point index). */
function hitOf(chart: Chart, spots: [number, number][]): Hit | undefined {
  const state = painted.get(chart);
  if (!state || spots.length === 0) return undefined;
  const ats = spots.map(([s, i]) => state.series[s]!.at[i]!);
  const top = Math.min(...ats.map((at) => at.y));
  const props = chart.ctx.props;
  const tips = spots.map(([s, i]) => tipOf(state.series[s]!, i));
  const say = spots
    .map(([s, i]) => {
      const p = state.series[s]!.points[i]!;
      return `Line ${s + 1}, point ${i + 1} of ${state.series[s]!.points.length}: x ${p.x}, y ${p.y}${typeof p.tooltip === "string" ? `, ${p.tooltip}` : ""}`;
    })
    .join("; ");
  return {
    payload: { spots: spots.map(([s, i]) => ({ bar_index: s, spot_index: i })) },
    tips,
    anchor: { x: ats[0]!.x, y: top },
    say,
    mark(layer) {
      spots.forEach(([s, i]) => {
        const series = state.series[s]!;
        const point = series.points[i]!;
        const at = series.at[i]!;
        const lineSpec = point.selectedBelowLine ?? series.props.selectedBelowLine;
        if (lineSpec !== false) {
          const l = (typeof lineSpec === "object" && lineSpec !== null ? lineSpec : {}) as Props;
          const start = fin(props.pointLineStart);
          const end = fin(props.pointLineEnd);
          const path = svg("path", {
            d: `M${at.x} ${start === undefined ? state.bottom : state.y(start)}V${end === undefined ? at.y : state.y(end)}`,
            class: "flet-chart-indicator",
          });
          path.style.stroke = color(l.color, series.color);
          path.style.strokeWidth = String(fin(l.width, 3));
          path.style.strokeDasharray = dashes(l.dashPattern);
          layer.append(path);
        }
        const dot = shapeOf(
          point.selectedPoint ?? series.props.selectedPoint ?? true,
          at,
          series.color,
          true,
        );
        if (dot) layer.append(dot);
      });
    },
  };
}

const lineKind: ChartKind = {
  none: { spots: [] },
  summary(chart) {
    const state = painted.get(chart);
    const n = state?.series.length ?? 0;
    const points = state?.series.reduce((sum, s) => sum + s.points.length, 0) ?? 0;
    return `Line chart: ${n} line${n === 1 ? "" : "s"}, ${points} point${points === 1 ? "" : "s"}`;
  },
  paint(chart): Nav {
    const props = chart.ctx.props;
    const raw = partsOf(chart.ctx, "dataSeries").map((ctx: RenderContext) => ({
      props: ctx.props as Props,
      points: childProps(ctx, "dataPoints"),
    }));
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const s of raw)
      for (const p of s.points) {
        const px = fin(p.x, 0);
        const py = fin(p.y, 0);
        if (px < minX) minX = px;
        if (px > maxX) maxX = px;
        if (py < minY) minY = py;
        if (py > maxY) maxY = py;
      }
    const [x0, x1] = range(fin(props.minX, minX), fin(props.maxX, maxX));
    const [y0, y1] = range(fin(props.minY, minY), fin(props.maxY, maxY));
    const box = plotBox(chart);
    const x = scale(x0, x1, box.left, box.right);
    const y = scale(y0, y1, box.bottom, box.top);
    drawFrame(chart, box, x, y, fin(props.baselineX, 0), fin(props.baselineY, 0));
    drawAxes(chart, box, x, y);
    const series: Series[] = raw.map((s) => ({
      ...s,
      at: s.points.map((p) => ({ x: x(fin(p.x, 0)), y: y(fin(p.y, 0)) })),
      color: firstColor(s.props.gradient) ?? color(s.props.color, CYAN),
    }));
    series.forEach((s, index) => {
      paintSeries(chart, s, index, box, y);
    });
    painted.set(chart, { series, x, y, bottom: box.bottom });
    strokeBig(chart);
    return {
      rows: series.length,
      count: (row) => series[row]?.points.length ?? 0,
      item: (row, index) => (series[row]?.points[index] ? hitOf(chart, [[row, index]]) : undefined),
    };
  },
  hit(chart, at) {
    const state = painted.get(chart);
    if (!state) return undefined;
    const spots: [number, number][] = [];
    state.series.forEach((s, row) => {
      let best = -1;
      let distance = 10;
      for (let i = 0; i < s.at.length; i++) {
        const d = Math.abs(s.at[i]!.x - at.x);
        if (d <= distance) [best, distance] = [i, d];
      }
      if (best >= 0) spots.push([row, best]);
    });
    return hitOf(chart, spots);
  },
  shown(chart) {
    const state = painted.get(chart);
    if (!state) return [];
    const byX = new Map<number, [number, number][]>();
    state.series.forEach((s, row) => {
      s.points.forEach((p, i) => {
        if (p.selected !== true) return;
        const key = fin(p.x, 0);
        byX.set(key, [...(byX.get(key) ?? []), [row, i]]);
      });
    });
    return [...byX.values()].map((spots) => hitOf(chart, spots)!).filter(Boolean);
  },
};

/** `linechart`. */
export const lineChartRenderer = chartRenderer(lineKind, (chart) => {
  placeIn(chart.parts, chart.ctx.children("dataSeries"));
  placeAxes(chart, axisLayer(chart.root));
});

/** `linechartdata`: a hidden part holding its points. */
export const lineChartDataRenderer = partRenderer(["dataPoints"]);
/** `linechartdatapoint`: a hidden part. */
export const lineChartPointRenderer = partRenderer([]);
/** `chartaxis`: the strip beside the plot holding its labels and title. */
export const chartAxisRenderer = partRenderer(["labels", "title"], "div");
/** `chartaxislabel`: holds its label control. */
export const chartAxisLabelRenderer = partRenderer(["label"], "div");
