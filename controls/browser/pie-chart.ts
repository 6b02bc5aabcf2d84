/**
 * `piechart` (loaded on first use): annular sectors around a centre space, gaps cut by a
 * mask, titles over them and each section's badge control. A pointer over a section sends
 * its index (no tooltip, as fl_chart); the keyboard's section shows one with its value.
 * @module
 */
import {
  animated,
  type Chart,
  type ChartKind,
  chartRenderer,
  type Hit,
  layer,
  partRenderer,
  partsOf,
  placeIn,
} from "./chart-base.js";
import { CYAN, color, fin, sectorPath, svg } from "./chart-math.js";
import { h } from "./dom.js";
import { textStyleCss } from "./typography.js";

type Props = Record<string, unknown>;

interface Section {
  readonly props: Props;
  readonly element: HTMLElement;
  readonly a0: number;
  readonly a1: number;
  readonly r0: number;
  readonly r1: number;
  readonly color: string;
}

const painted = new WeakMap<Chart, { sections: Section[]; cx: number; cy: number }>();

function hitOf(chart: Chart, index: number, withTip: boolean): Hit | undefined {
  const state = painted.get(chart);
  const s = state?.sections[index];
  if (!state || !s) return undefined;
  const mid = (s.a0 + s.a1) / 2;
  const value = fin(s.props.value, 10);
  const title = typeof s.props.title === "string" ? s.props.title : "";
  const text = title ? `${title}: ${value}` : String(value);
  return {
    payload: { section_index: index },
    tips: withTip ? [{ text, color: "#ffffff" }] : [],
    anchor: { x: state.cx + s.r1 * Math.cos(mid), y: state.cy + s.r1 * Math.sin(mid) },
    say: `Section ${index + 1} of ${state.sections.length}: ${text}`,
  };
}

const pieKind: ChartKind = {
  none: { section_index: -1 },
  summary(chart) {
    const n = painted.get(chart)?.sections.length ?? 0;
    return `Pie chart: ${n} section${n === 1 ? "" : "s"}`;
  },
  paint(chart) {
    const props = chart.ctx.props;
    const parts = partsOf(chart.ctx, "sections");
    const elements = chart.ctx.children("sections").filter((e) => e.style.display !== "none");
    const values = parts.map((p) => Math.max(0, fin(p.props.value, 10)));
    const sum = values.reduce((a, b) => a + b, 0) || 1;
    const cx = chart.width / 2;
    const cy = chart.height / 2;
    const maxRadius = Math.max(0, ...parts.map((p) => fin(p.props.radius, 40)));
    const center = fin(props.centerSpaceRadius) ?? Math.max(0, Math.min(cx, cy) - maxRadius);
    let angle = (fin(props.startDegreeOffset, 0) * Math.PI) / 180;
    const sections: Section[] = parts.map((p, index) => {
      const sweep = (values[index]! / sum) * Math.PI * 2;
      const s = {
        props: p.props as Props,
        element: elements[index]!,
        a0: angle,
        a1: angle + sweep,
        r0: center,
        r1: center + fin(p.props.radius, 40),
        color: color(p.props.color, CYAN),
      };
      angle += sweep;
      return s;
    });
    painted.set(chart, { sections, cx, cy });
    if (props.centerSpaceColor !== undefined) {
      const disc = svg("circle", { cx, cy, r: center, class: "flet-chart-center" });
      disc.style.fill = color(props.centerSpaceColor, "transparent");
      chart.plot.append(disc);
    }
    const space = fin(props.sectionsSpace, 2);
    const group = svg("g", { class: "flet-chart-sections" });
    if (space > 0 && sections.length > 1) {
      const mask = svg("mask", { id: `${chart.ctx.id}-gaps`, maskUnits: "userSpaceOnUse" });
      mask.append(
        svg("rect", { x: 0, y: 0, width: chart.width, height: chart.height, fill: "white" }),
      );
      const far = Math.max(chart.width, chart.height);
      for (const s of sections)
        mask.append(
          svg("line", {
            x1: cx,
            y1: cy,
            x2: cx + far * Math.cos(s.a0),
            y2: cy + far * Math.sin(s.a0),
            stroke: "black",
            "stroke-width": space,
          }),
        );
      chart.defs.append(mask);
      group.setAttribute("mask", `url(#${mask.id})`);
    }
    const titles = layer(chart.root, "flet-chart-titles");
    const labels: HTMLElement[] = [];
    sections.forEach((s, index) => {
      const path = svg("path", { class: "flet-chart-section" });
      animated(chart, path, `section-${index}`, sectorPath(cx, cy, s.r0, s.r1, s.a0, s.a1));
      path.style.fill = s.color;
      const side = s.props.borderSide as Props | undefined;
      if (side && typeof side === "object") {
        path.style.stroke = color(side.color, "var(--md-sys-color-on-surface)");
        path.style.strokeWidth = String(fin(side.width, 1));
      }
      group.append(path);
      const mid = (s.a0 + s.a1) / 2;
      const along = (position: unknown) => s.r0 + (s.r1 - s.r0) * fin(position, 0.5);
      if (typeof s.props.title === "string" && s.props.title !== "") {
        const label = h("div", "flet-chart-section-title");
        label.textContent = s.props.title;
        Object.assign(label.style, { color: "#ffffff", fontSize: "16px", fontWeight: "700" });
        for (const [key, value] of Object.entries(textStyleCss(s.props.titleStyle)))
          if (value) (label.style as unknown as Record<string, string>)[key] = value;
        const r = along(s.props.titlePosition);
        label.style.left = `${cx + r * Math.cos(mid)}px`;
        label.style.top = `${cy + r * Math.sin(mid)}px`;
        labels.push(label);
      }
      if (s.element) {
        const r = along(s.props.badgePosition);
        s.element.style.left = `${cx + r * Math.cos(mid)}px`;
        s.element.style.top = `${cy + r * Math.sin(mid)}px`;
      }
    });
    titles.replaceChildren(...labels);
    chart.plot.append(group);
    return {
      rows: 1,
      count: () => sections.length,
      item: (_row, index) => hitOf(chart, index, true),
    };
  },
  hit(chart, at) {
    const state = painted.get(chart);
    if (!state) return undefined;
    const dx = at.x - state.cx;
    const dy = at.y - state.cy;
    const r = Math.hypot(dx, dy);
    const turn = Math.PI * 2;
    const index = state.sections.findIndex((s) => {
      if (r < s.r0 || r > s.r1) return false;
      const a = (((Math.atan2(dy, dx) - s.a0) % turn) + turn) % turn;
      return a <= s.a1 - s.a0;
    });
    return index < 0 ? undefined : hitOf(chart, index, false);
  },
};

/** `piechart`: the sections' elements hold their badges, over the drawing. */
export const pieChartRenderer = chartRenderer(pieKind, (chart) => {
  placeIn(layer(chart.root, "flet-chart-badges"), chart.ctx.children("sections"));
});
/** `piechartsection`: holds its badge control, placed on the section. */
export const pieSectionRenderer = partRenderer(["badge"], "div");
