/** BarChart in the showcase: Flet's "BarChart 1" example (shared with the charts gallery page). */
import * as ft from "flet-ts";
import { barChart } from "../../../controls/charts.js";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "barchart",
  name: "BarChart",
  description: "Draws a bar chart.",
  examples: [
    {
      name: "BarChart 1",
      example: () => {
        const status = new ft.Text("Hover or tap the chart, or focus it and use the arrow keys.");
        return new ft.Column([barChart(status), status]);
      },
    },
  ],
};
