/**
 * `barchart` (loaded on first use): groups of rods spread evenly along x (fl_chart's
 * `spaceEvenly`), each rod a rounded path with its stack items clipped to it, an optional
 * background rod, and a tooltip over the rod under the pointer or the keyboard.
 * @module
 */
import { axisLayer, drawAxes, drawFrame, placeAxes, plotBox } from "./chart-axes.js";
import {
  animated,
  type Chart,
  type ChartKind,
  chartRenderer,
  childProps,
  type Hit,
  partRenderer,
  partsOf,
  placeIn,
} from "./chart-base.js";
import {
  CYAN,
  color,
  fin,
  firstColor,
  radii,
  range,
  roundRectPath,
  scale,
  svg,
  svgGradient,
} from "./chart-math.js";
import { dartDouble } from "./line-chart.js";

type Props = Record<string, unknown>;

/** A rod as last painted. */
interface Rod {
  readonly group: number;
  readonly index: number;
  readonly props: Props;
  readonly items: { props: Props; top: number; bottom: number }[];
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly color: string;
  readonly x: number;
}

const painted = new WeakMap<Chart, Rod[]>();

function hitOf(rod: Rod, stackItem = -1): Hit {
  const p = rod.props;
  const value = fin(p.toY, 0);
  const text =
    p.showTooltip === false ? "" : typeof p.tooltip === "string" ? p.tooltip : dartDouble(value);
  return {
    payload: { group_index: rod.group, rod_index: rod.index, stack_item_index: stackItem },
    tips: [{ text, color: rod.color, style: p.tooltipStyle, align: p.tooltipAlign }],
    anchor: { x: (rod.left + rod.right) / 2, y: rod.top },
    say: `Group ${rod.group + 1} (x ${rod.x}), bar ${rod.index + 1}: ${typeof p.tooltip === "string" ? p.tooltip : value}`,
  };
}

function paintRod(chart: Chart, rod: Rod, bg: { top: number; bottom: number } | undefined): void {
  const p = rod.props;
  const width = rod.right - rod.left;
  const corner = radii(p.borderRadius, width / 2);
  const id = `${chart.ctx.id}-rod-${rod.group}-${rod.index}`;
  if (bg) {
    const back = svg("path", {
      d: roundRectPath(rod.left, bg.top, width, bg.bottom - bg.top, corner),
      class: "flet-chart-rod-bg",
    });
    const grad = svgGradient(`${id}-bg`, p.bgGradient);
    if (grad) chart.defs.append(grad);
    back.style.fill = grad ? `url(#${grad.id})` : color(p.bgColor, "rgb(0 0 0 / 0%)");
    chart.plot.append(back);
  }
  const d = roundRectPath(rod.left, rod.top, width, Math.max(0, rod.bottom - rod.top), corner);
  const path = svg("path", { class: "flet-chart-rod" });
  animated(chart, path, `rod-${rod.group}-${rod.index}`, d);
  const grad = svgGradient(`${id}-fill`, p.gradient);
  if (grad) chart.defs.append(grad);
  path.style.fill = grad ? `url(#${grad.id})` : rod.color;
  const side = p.borderSide as Props | undefined;
  if (side && typeof side === "object") {
    path.style.stroke = color(side.color, "var(--md-sys-color-on-surface)");
    path.style.strokeWidth = String(fin(side.width, 1));
  }
  chart.plot.append(path);
  if (rod.items.length === 0) return;
  const clip = svg("clipPath", { id: `${id}-clip` });
  clip.append(svg("path", { d }));
  chart.defs.append(clip);
  const group = svg("g", { "clip-path": `url(#${id}-clip)` });
  for (const item of rod.items) {
    const rect = svg("rect", {
      x: rod.left,
      y: Math.min(item.top, item.bottom),
      width,
      height: Math.abs(item.bottom - item.top),
      class: "flet-chart-stack-item",
    });
    rect.style.fill = color(item.props.color, rod.color);
    const s = item.props.borderSide as Props | undefined;
    if (s && typeof s === "object") {
      rect.style.stroke = color(s.color, "var(--md-sys-color-on-surface)");
      rect.style.strokeWidth = String(fin(s.width, 1));
    }
    group.append(rect);
  }
  chart.plot.append(group);
}

const barKind: ChartKind = {
  none: { group_index: -1, rod_index: -1, stack_item_index: -1 },
  summary(chart) {
    const rods = painted.get(chart) ?? [];
    return `Bar chart: ${rods.length} bar${rods.length === 1 ? "" : "s"}`;
  },
  paint(chart) {
    const props = chart.ctx.props;
    const groups = partsOf(chart.ctx, "barGroups").map((ctx) => ({
      props: ctx.props as Props,
      rods: partsOf(ctx, "barRods").map((rod) => ({
        props: rod.props as Props,
        items: childProps(rod, "rodStackItems"),
      })),
    }));
    const base = fin(props.baselineY, 0);
    let [lo, hi] = [base, base];
    for (const g of groups)
      for (const r of g.rods) {
        const ys = [
          fin(r.props.fromY, base),
          fin(r.props.toY, 0),
          fin(r.props.bgFromY),
          fin(r.props.bgToY),
        ];
        for (const v of ys) if (v !== undefined) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
      }
    const [y0, y1] = range(fin(props.minY, lo), fin(props.maxY, hi));
    const box = plotBox(chart);
    const y = scale(y0, y1, box.bottom, box.top);
    const widths = groups.map((g) => {
      const ws = g.rods.map((r) => fin(r.props.width, 8));
      if (g.props.groupVertically === true) return Math.max(0, ...ws);
      return ws.reduce((a, b) => a + b, 0) + fin(g.props.barsSpace, 2) * Math.max(0, ws.length - 1);
    });
    const total = widths.reduce((a, b) => a + b, 0);
    const gap = (box.right - box.left - total) / (groups.length + 1);
    const x = scale(0, 1, box.left, box.right);
    drawFrame(chart, box, x, y, 0, base);
    const rods: Rod[] = [];
    const centers: number[] = [];
    let left = box.left + gap;
    groups.forEach((g, gi) => {
      centers.push(left + widths[gi]! / 2);
      let at = left;
      g.rods.forEach((r, ri) => {
        const w = fin(r.props.width, 8);
        const rodLeft = g.props.groupVertically === true ? left + (widths[gi]! - w) / 2 : at;
        const from = y(fin(r.props.fromY, 0));
        const to = y(fin(r.props.toY, 0));
        rods.push({
          group: gi,
          index: ri,
          props: r.props,
          items: r.items.map((item) => ({
            props: item,
            top: y(fin(item.toY, 0)),
            bottom: y(fin(item.fromY, 0)),
          })),
          left: rodLeft,
          right: rodLeft + w,
          top: Math.min(from, to),
          bottom: Math.max(from, to),
          color: firstColor(r.props.gradient) ?? color(r.props.color, CYAN),
          x: fin(g.props.x, 0),
        });
        at += w + fin(g.props.barsSpace, 2);
      });
      left += widths[gi]! + gap;
    });
    const xs = groups.map((g) => fin(g.props.x, 0));
    drawAxes(chart, box, x, y, {
      values: xs,
      at: (value) => centers[xs.indexOf(value)] ?? 0,
    });
    for (const rod of rods) {
      const p = rod.props;
      const hasBg =
        p.bgFromY !== undefined ||
        p.bgToY !== undefined ||
        p.bgColor !== undefined ||
        p.bgGradient !== undefined;
      const b0 = y(fin(p.bgFromY, y0));
      const b1 = y(fin(p.bgToY, y1));
      paintRod(chart, rod, hasBg ? { top: Math.min(b0, b1), bottom: Math.max(b0, b1) } : undefined);
    }
    painted.set(chart, rods);
    return {
      rows: 1,
      count: () => rods.length,
      item: (_row, index) => (rods[index] ? hitOf(rods[index]) : undefined),
    };
  },
  hit(chart, at) {
    for (const rod of painted.get(chart) ?? []) {
      if (at.x < rod.left - 4 || at.x > rod.right + 4) continue;
      if (at.y < rod.top - 4 || at.y > rod.bottom + 4) continue;
      const item = rod.items.findIndex(
        (i) => at.y >= Math.min(i.top, i.bottom) && at.y <= Math.max(i.top, i.bottom),
      );
      return hitOf(rod, item);
    }
    return undefined;
  },
  shown(chart) {
    return (painted.get(chart) ?? [])
      .filter((rod) => rod.props.selected === true)
      .map((rod) => hitOf(rod));
  },
};

/** `barchart`. */
export const barChartRenderer = chartRenderer(barKind, (chart) => {
  placeIn(chart.parts, chart.ctx.children("barGroups"));
  placeAxes(chart, axisLayer(chart.root));
});
/** `barchartgroup`: a hidden part holding its rods. */
export const barGroupRenderer = partRenderer(["barRods"]);
/** `barchartrod`: a hidden part holding its stack items. */
export const barRodRenderer = partRenderer(["rodStackItems"]);
/** `barchartrodstackitem`: a hidden part. */
export const barStackItemRenderer = partRenderer([]);
