/** LineChart in the showcase: Flet's "LineChart 1" example (shared with the charts gallery page). */
import * as ft from "flet-ts";
import { lineChart } from "../../../controls/charts.js";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "linechart",
  name: "LineChart",
  description: "Draws a line chart.",
  examples: [
    {
      name: "LineChart 1",
      example: () => {
        const status = new ft.Text("Hover or tap the chart, or focus it and use the arrow keys.");
        return new ft.Column([lineChart(status), status]);
      },
    },
  ],
};
