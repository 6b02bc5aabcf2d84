/** Flet's gallery: CupertinoSlider beside a Material and an adaptive Slider. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinoslider",
  name: "CupertinoSlider",
  description: "An macOS style slider.",
  examples: [
    {
      name: "CupertinoSlider example",
      example: () =>
        new ft.Column({
          controls: [
            new ft.Text("Cupertino slider:"),
            new ft.CupertinoSlider(),
            new ft.Text("Material slider:"),
            new ft.Slider(),
            new ft.Text("Adaptive slider:"),
            new ft.Slider({
              adaptive: true,
              tooltip:
                "Adaptive Slider shows as CupertinoSlider on macOS and iOS and as Slider on other platforms",
            }),
          ],
        }),
    },
  ],
};
