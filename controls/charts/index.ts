/**
 * Flet's charts: LineChart, BarChart, PieChart and their parts.
 * @module
 */
export { AxisChart, ChartEvent } from "./axis-chart.js";
export {
  BarChart,
  BarChartEvent,
  BarChartGroup,
  BarChartRod,
  BarChartRodStackItem,
} from "./bar-chart.js";
export { ChartAxis, ChartAxisLabel } from "./chart-axis.js";
export {
  ChartCirclePoint,
  ChartCrossPoint,
  ChartGridLines,
  ChartPointLine,
  type ChartPointShape,
  ChartSquarePoint,
} from "./chart-types.js";
export {
  LineChart,
  LineChartData,
  LineChartDataPoint,
  LineChartEvent,
  type LineChartEventSpot,
} from "./line-chart.js";
export { PieChart, PieChartEvent, PieChartSection } from "./pie-chart.js";
