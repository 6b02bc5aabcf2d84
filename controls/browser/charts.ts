/**
 * The chart renderers, one lazy module (see `index.ts`): LineChart, BarChart, PieChart
 * and their parts, drawn as SVG by our own code (docs/decisions/0009-charts.md).
 * @module
 */
import {
  barChartRenderer,
  barGroupRenderer,
  barRodRenderer,
  barStackItemRenderer,
} from "./bar-chart.js";
import type { MaterialRenderer } from "./define.js";
import {
  chartAxisLabelRenderer,
  chartAxisRenderer,
  lineChartDataRenderer,
  lineChartPointRenderer,
  lineChartRenderer,
} from "./line-chart.js";
import { pieChartRenderer, pieSectionRenderer } from "./pie-chart.js";

/** Each chart wire type's renderer. */
export const chartRenderers: Record<string, MaterialRenderer<HTMLElement>> = {
  linechart: lineChartRenderer,
  linechartdata: lineChartDataRenderer,
  linechartdatapoint: lineChartPointRenderer,
  barchart: barChartRenderer,
  barchartgroup: barGroupRenderer,
  barchartrod: barRodRenderer,
  barchartrodstackitem: barStackItemRenderer,
  piechart: pieChartRenderer,
  piechartsection: pieSectionRenderer,
  chartaxis: chartAxisRenderer,
  chartaxislabel: chartAxisLabelRenderer,
};
