/** The Charts group of the showcase: Flet's gallery examples of its charts. */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";
import { control as barChart } from "./barchart.js";
import { control as lineChart } from "./linechart.js";
import { control as pieChart } from "./piechart.js";

export const group: GalleryGroup = {
  slug: "charts",
  label: "Charts",
  icon: ft.icons.INSERT_CHART_OUTLINED,
  selectedIcon: ft.icons.INSERT_CHART_SHARP,
  description: "Line, bar and pie charts with axes, tooltips and chart events.",
  controls: [barChart, lineChart, pieChart],
};
