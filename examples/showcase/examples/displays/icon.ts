import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "icon",
  name: "Icon",
  description: "Displays a Material icon.",
  examples: [
    {
      name: "Icons with different colors and sizes",
      example: () =>
        new ft.Row([
          new ft.Icon(ft.icons.FAVORITE, { color: ft.colors.PINK }),
          new ft.Icon(ft.icons.AUDIOTRACK, { color: ft.colors.GREEN_400, size: 30 }),
          new ft.Icon(ft.icons.BEACH_ACCESS, { color: ft.colors.BLUE, size: 50 }),
          new ft.Icon("settings", { color: "#c1c1c1" }),
        ]),
    },
  ],
};
