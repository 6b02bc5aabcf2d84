import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "progressbar",
  name: "ProgressBar",
  description:
    "A material design linear progress indicator, also known as a progress bar. A control that shows progress along a line.",
  examples: [
    {
      name: "ProgressBar Example",
      example: (page) => {
        const t = new ft.Text("Click the button...");
        const pb = new ft.ProgressBar({ width: 400, value: 0 });
        const b: ft.FilledTonalButton = new ft.FilledTonalButton("Start", {
          onClick: async () => {
            t.value = "Doing something...";
            b.disabled = true;
            page.update();
            for (let i = 0; i <= 100; i++) {
              pb.value = i * 0.01;
              await ft.sleep(100);
              page.update();
            }
            t.value = "Click the button...";
            b.disabled = false;
          },
        });
        return new ft.Column(
          [
            new ft.Text("Linear progress indicator", {
              themeStyle: ft.TextThemeStyle.HEADLINE_SMALL,
            }),
            new ft.Column([t, pb]),
            new ft.Text("Indeterminate progress bar", {
              themeStyle: ft.TextThemeStyle.HEADLINE_SMALL,
            }),
            new ft.ProgressBar({ width: 400, color: "amber", bgcolor: "#eeeeee" }),
            b,
          ],
          { width: 400, height: 400 },
        );
      },
    },
  ],
};
