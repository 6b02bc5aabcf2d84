/**
 * The frame of LineChart and BarChart: room for the axes, the plot area's background,
 * grid lines and border, and the axes' labels (the app's controls, or numbers).
 * @module
 */
import type { RenderContext } from "flet-ts/browser";
import { type Chart, layer, partContexts, placeIn } from "./chart-base.js";
import {
  BLUE_GREY,
  color,
  dashes,
  fin,
  formatNumber,
  niceInterval,
  type Scale,
  svg,
  ticks,
} from "./chart-math.js";

/** The plot area, in the chart's pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

type Side = "leftAxis" | "topAxis" | "rightAxis" | "bottomAxis";
const SIDES: readonly Side[] = ["leftAxis", "topAxis", "rightAxis", "bottomAxis"];

/** The axis context on `side`, when it is there and visible. */
function axisOf(chart: Chart, side: Side): RenderContext | undefined {
  const element = chart.ctx.child(side);
  const ctx = element ? partContexts.get(element) : undefined;
  return ctx && ctx.props.visible !== false ? ctx : undefined;
}

/** The room an axis takes: its title's and its labels'. */
function reserved(axis: RenderContext | undefined): { title: number; labels: number } {
  if (!axis) return { title: 0, labels: 0 };
  return {
    title: axis.childIds("title").length > 0 ? fin(axis.props.titleSize, 16) : 0,
    labels: axis.props.showLabels === false ? 0 : fin(axis.props.labelsSize, 22),
  };
}

/** Puts the axes' elements in the chart's axis layer (they hold the app's label controls). */
export function placeAxes(chart: Chart, layer: HTMLElement): void {
  const elements: HTMLElement[] = [];
  for (const side of SIDES) {
    const element = chart.ctx.child(side);
    if (element) {
      element.classList.add("flet-chart-axis");
      elements.push(element);
    }
  }
  placeIn(layer, elements);
}

/** The plot area of `chart` once the axes have their room. */
export function plotBox(chart: Chart): Box {
  const size = (side: Side) => {
    const r = reserved(axisOf(chart, side));
    return r.title + r.labels;
  };
  const box = {
    left: size("leftAxis"),
    top: size("topAxis"),
    right: Math.max(0, chart.width - size("rightAxis")),
    bottom: Math.max(0, chart.height - size("bottomAxis")),
  };
  return { ...box, right: Math.max(box.left, box.right), bottom: Math.max(box.top, box.bottom) };
}

/** Draws the plot area's background, grid lines and border. */
export function drawFrame(chart: Chart, box: Box, x: Scale, y: Scale, baseX = 0, baseY = 0): void {
  const props = chart.ctx.props;
  const w = box.right - box.left;
  const hgt = box.bottom - box.top;
  if (props.bgcolor !== undefined) {
    const bg = svg("rect", {
      x: box.left,
      y: box.top,
      width: w,
      height: hgt,
      class: "flet-chart-bg",
    });
    bg.style.fill = color(props.bgcolor, "transparent");
    chart.plot.append(bg);
  }
  const grid = (value: unknown, scaleOf: Scale, base: number, vertical: boolean) => {
    if (value === null || typeof value !== "object") return;
    const g = value as Record<string, unknown>;
    const span = scaleOf.max - scaleOf.min;
    const interval = fin(g.interval) ?? niceInterval(span, vertical ? w : hgt);
    const group = svg("g", { class: vertical ? "flet-chart-vgrid" : "flet-chart-hgrid" });
    group.style.stroke = color(g.color, BLUE_GREY);
    group.style.strokeWidth = String(fin(g.width, 0.4));
    const dash = Array.isArray(g.dashPattern) ? dashes(g.dashPattern) : "8 4";
    if (dash) group.style.strokeDasharray = dash;
    for (const value of ticks(scaleOf.min, scaleOf.max, interval, base)) {
      const at = scaleOf(value);
      group.append(
        vertical
          ? svg("line", { x1: at, x2: at, y1: box.top, y2: box.bottom })
          : svg("line", { x1: box.left, x2: box.right, y1: at, y2: at }),
      );
    }
    chart.plot.append(group);
  };
  grid(props.horizontalGridLines, y, baseY, false);
  grid(props.verticalGridLines, x, baseX, true);
  if (props.border !== null && typeof props.border === "object") {
    const b = props.border as Record<string, { width?: unknown; color?: unknown } | undefined>;
    const edges: [string, number, number, number, number][] = [
      ["left", box.left, box.top, box.left, box.bottom],
      ["top", box.left, box.top, box.right, box.top],
      ["right", box.right, box.top, box.right, box.bottom],
      ["bottom", box.left, box.bottom, box.right, box.bottom],
    ];
    for (const [name, x1, y1, x2, y2] of edges) {
      const side = b[name];
      if (!side) continue;
      const line = svg("line", { x1, y1, x2, y2, class: `flet-chart-border-${name}` });
      line.style.stroke = color(side.color, "var(--md-sys-color-on-surface)");
      line.style.strokeWidth = String(fin(side.width, 1));
      chart.plot.append(line);
    }
  }
}

/**
 * Places the axes around `box`: each axis's strip, its title, and its labels at their
 * values (the app's ChartAxisLabels, else numbers every `labelsInterval`). `auto` gives a
 * bar chart's bottom labels (the groups' x at their centres).
 */
export function drawAxes(
  chart: Chart,
  box: Box,
  x: Scale,
  y: Scale,
  auto?: { values: number[]; at: (value: number) => number },
): void {
  for (const side of SIDES) {
    const element = chart.ctx.child(side);
    const axis = axisOf(chart, side);
    if (!element || !axis) continue;
    const { title, labels } = reserved(axis);
    const horizontal = side === "topAxis" || side === "bottomAxis";
    const scaleOf = horizontal ? x : y;
    const s = element.style;
    const strip = title + labels;
    if (horizontal) {
      s.left = `${box.left}px`;
      s.width = `${box.right - box.left}px`;
      s.top = side === "topAxis" ? "0px" : `${box.bottom}px`;
      s.height = `${strip}px`;
    } else {
      s.top = `${box.top}px`;
      s.height = `${box.bottom - box.top}px`;
      s.left = side === "leftAxis" ? "0px" : `${box.right}px`;
      s.width = `${strip}px`;
    }
    // The title sits on the outer side, the labels next to the plot.
    const outer = side === "leftAxis" || side === "topAxis";
    const titleElement = axis.child("title");
    if (titleElement) {
      titleElement.classList.add("flet-chart-title");
      const t = titleElement.style;
      if (horizontal) {
        Object.assign(t, { left: "0px", width: "100%", height: `${title}px` });
        t.top = outer ? "0px" : `${labels}px`;
      } else {
        Object.assign(t, { top: "0px", height: "100%", width: `${title}px` });
        t.left = outer ? "0px" : `${labels}px`;
        t.writingMode = "vertical-rl";
        t.transform = side === "leftAxis" ? "rotate(180deg)" : "";
      }
    }
    if (axis.props.showLabels === false) {
      for (const label of axis.children("labels")) label.style.display = "none";
      continue;
    }
    const offset = outer ? title : 0;
    const place = (element: HTMLElement | SVGTextElement, at: number) => {
      if (element instanceof HTMLElement) {
        const l = element.style;
        l.display = "";
        if (horizontal) {
          Object.assign(l, {
            left: `${at - box.left}px`,
            top: `${offset}px`,
            height: `${labels}px`,
          });
          l.width = "max-content";
          l.transform = "translateX(-50%)";
        } else {
          Object.assign(l, { top: `${at - box.top}px`, left: `${offset}px`, width: `${labels}px` });
          l.transform = "translateY(-50%)";
        }
      }
    };
    const own = axis.children("labels");
    if (own.length > 0 || axis.childIds("labels").length > 0) {
      for (const label of own) {
        const value = fin(partContexts.get(label)?.props.value);
        const outside =
          auto && horizontal
            ? !auto.values.includes(value ?? Number.NaN)
            : value === undefined || value < scaleOf.min - 1e-9 || value > scaleOf.max + 1e-9;
        if (value === undefined || outside) {
          label.style.display = "none";
          continue;
        }
        place(label, auto && horizontal ? auto.at(value) : scaleOf(value));
      }
      continue;
    }
    const span = scaleOf.max - scaleOf.min;
    const length = horizontal ? box.right - box.left : box.bottom - box.top;
    const interval = fin(axis.props.labelsInterval) ?? niceInterval(span, length);
    const values = auto && horizontal ? auto.values : ticks(scaleOf.min, scaleOf.max, interval);
    const at = auto && horizontal ? auto.at : scaleOf;
    for (const value of values) {
      const p = at(value);
      const text = svg("text", { class: "flet-chart-auto" });
      text.textContent = formatNumber(value);
      text.style.fill = "var(--md-sys-color-on-surface)";
      text.style.fontSize = "12px";
      if (horizontal) {
        const top = side === "topAxis" ? offset : box.bottom;
        text.setAttribute("x", String(p));
        text.setAttribute("y", String(top + labels / 2));
        text.setAttribute("text-anchor", "middle");
      } else {
        const left = side === "leftAxis" ? offset : box.right;
        text.setAttribute("x", String(left + labels / 2));
        text.setAttribute("y", String(p));
        text.setAttribute("text-anchor", "middle");
      }
      text.setAttribute("dominant-baseline", "central");
      chart.plot.append(text);
    }
  }
}

/** A layer over the drawing for the axes' elements. */
export function axisLayer(root: HTMLElement): HTMLElement {
  return layer(root, "flet-chart-axes");
}
