import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "stack",
  name: "Stack",
  description:
    "A control that positions its children on top of each other. This control is useful if you want to overlap several children in a simple way, for example having some text and an image, overlaid with a gradient and a button attached to the bottom.",
  examples: [
    {
      name: "Transparent title over an image",
      example: () =>
        new ft.Stack(
          [
            new ft.Image("https://picsum.photos/300/300", {
              width: 300,
              height: 300,
              fit: ft.ImageFit.CONTAIN,
              semanticsLabel: "A random photo",
            }),
            new ft.Row(
              [
                new ft.Text("Image title", {
                  color: "white",
                  size: 40,
                  weight: ft.FontWeight.BOLD,
                  opacity: 0.5,
                }),
              ],
              { alignment: ft.MainAxisAlignment.CENTER },
            ),
          ],
          { width: 300, height: 300 },
        ),
    },
  ],
};
