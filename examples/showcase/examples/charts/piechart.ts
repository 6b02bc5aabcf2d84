/** PieChart in the showcase: Flet's "PieChart 2" example (shared with the charts gallery page). */
import * as ft from "flet-ts";
import { pieChart } from "../../../controls/charts.js";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "piechart",
  name: "PieChart",
  description: "Draws a pie chart.",
  examples: [
    {
      name: "PieChart 2",
      example: () => {
        const status = new ft.Text("Hover or tap the chart, or focus it and use the arrow keys.");
        return new ft.Column([pieChart(status), status]);
      },
    },
  ],
};
