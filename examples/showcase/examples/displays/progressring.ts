import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "progressring",
  name: "ProgressRing",
  description:
    "A material design circular progress indicator, which spins to indicate that the application is busy. A control that shows progress along a circle.",
  examples: [
    {
      name: "ProgressRing Example",
      example: (page) => {
        const t = new ft.Text("Click the button...");
        const pr = new ft.ProgressRing({ width: 16, height: 16, strokeWidth: 2 });
        const b: ft.FilledTonalButton = new ft.FilledTonalButton("Start", {
          onClick: async () => {
            t.value = "Doing something...";
            b.disabled = true;
            page.update();
            for (let i = 0; i <= 100; i++) {
              pr.value = i * 0.01;
              await ft.sleep(100);
              page.update();
            }
            t.value = "Click the button...";
            b.disabled = false;
          },
        });
        return new ft.Column(
          [
            new ft.Text("Circular progress indicator", {
              themeStyle: ft.TextThemeStyle.HEADLINE_SMALL,
            }),
            new ft.Row([pr, t]),
            new ft.Text("Indeterminate circular progress", {
              themeStyle: ft.TextThemeStyle.HEADLINE_SMALL,
            }),
            new ft.Column([new ft.ProgressRing(), new ft.Text("I'm going to run for ages...")], {
              horizontalAlignment: ft.CrossAxisAlignment.CENTER,
            }),
            b,
          ],
          { width: 400, height: 400 },
        );
      },
    },
  ],
};
