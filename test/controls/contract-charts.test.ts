// LineChart, BarChart and PieChart against the pack contract kit: every prop of a chart
// changes its drawing, and chartEvent is sent on hover. The parts (series, points, groups,
// rods, stack items, sections, axes, labels) are drawn by their chart: mounted alone, as
// the kit mounts each control, they draw nothing, so their props are exempt here and
// checked through a chart in test/e2e/charts.test.ts and the gallery's screenshots.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const constrained = {
  rotate: 0.3,
  scale: 1.2,
  offset: { x: 0.1, y: 0 },
  animateOpacity: 200,
  animateSize: 200,
  animatePosition: 200,
  animateRotation: 200,
  animateScale: 200,
  animateOffset: 200,
};

/** Every prop of `control` exempt: a part drawn by its chart. */
function drawnByChart(control: Function): Record<string, string> {
  const reason =
    "a chart's part: drawn by its chart (alone it draws nothing); checked through a chart in test/e2e/charts.test.ts";
  const schema = ft.schemaOf(control as never);
  const names = [...schema.props.map((p) => p.name), ...schema.events.map((e) => e.name)];
  return Object.fromEntries(names.map((name) => [name, reason]));
}

const axisChart = {
  ...constrained,
  width: 240,
  height: 160,
  interactive: false,
  animate: 300,
  bgcolor: "#e3f2fd",
  tooltipBgcolor: "#37474f",
  border: ft.border.all(2, "#1e88e5"),
  horizontalGridLines: new ft.ChartGridLines({ interval: 2, color: "#9e9e9e" }),
  verticalGridLines: new ft.ChartGridLines({ interval: 2, color: "#9e9e9e" }),
  baselineY: 1,
  minY: -1,
  maxY: 12,
};

const PARTS = [
  ft.LineChartData,
  ft.LineChartDataPoint,
  ft.BarChartGroup,
  ft.BarChartRod,
  ft.BarChartRodStackItem,
  ft.PieChartSection,
  ft.ChartAxis,
  ft.ChartAxisLabel,
];

describe("Charts against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.LineChart, ft.BarChart, ft.PieChart, ...PARTS],
      samples: {
        linechart: {
          ...axisChart,
          baselineX: 1,
          minX: -1,
          maxX: 8,
          pointLineStart: 2,
          pointLineEnd: 9,
          get dataSeries() {
            return [
              new ft.LineChartData(
                [0, 2, 4, 6].map((x) => new ft.LineChartDataPoint(x, x + 1, { selected: x === 4 })),
              ),
            ];
          },
        },
        barchart: {
          ...axisChart,
          groupsSpace: 20,
          get barGroups() {
            return [0, 1].map(
              (x) =>
                new ft.BarChartGroup({
                  x,
                  barRods: [new ft.BarChartRod({ toY: 5 + x, selected: true })],
                }),
            );
          },
        },
        piechart: {
          ...constrained,
          width: 200,
          height: 160,
          animate: 300,
          centerSpaceColor: "#e3f2fd",
          centerSpaceRadius: 20,
          sectionsSpace: 4,
          startDegreeOffset: 30,
          get sections() {
            return [new ft.PieChartSection(40), new ft.PieChartSection(60, { color: "#1e88e5" })];
          },
        },
        linechartdatapoint: { x: 1, y: 2 },
        barchartrodstackitem: { fromY: 0 },
        chartaxislabel: { value: 1 },
      },
      exempt: {
        linechart: { ...layoutOnly, ...noTwin },
        barchart: {
          ...layoutOnly,
          ...noTwin,
          groupsSpace:
            "fl_chart uses it only with a start/centre/end alignment; Flet 0.21 spreads groups evenly, so it changes nothing (as in Flet)",
        },
        piechart: { ...layoutOnly, ...noTwin },
        ...Object.fromEntries(
          PARTS.map((part) => [ft.schemaOf(part as never).type, drawnByChart(part)]),
        ),
      },
      triggers: {
        linechart: { chartEvent: (chart) => chart.hover() },
        barchart: { chartEvent: (chart) => chart.hover() },
        piechart: { chartEvent: (chart) => chart.hover() },
      },
    });
  }, 600_000);

  it("draws every declared chart prop and sends chartEvent", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "linechart.chartEvent",
        "linechart.minX",
        "barchart.tooltipBgcolor",
        "piechart.sectionsSpace",
      ]),
    );
  });
});
