import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "responsiverow",
  name: "ResponsiveRow",
  description:
    "ResponsiveRow borrows the idea of grid layout from Bootstrap web framework. ResponsiveRow allows aligning child controls to virtual columns. By default, a virtual grid has 12 columns, but that can be customized with ResponsiveRow.columns property.",
  examples: [
    {
      name: "ResponsiveRow Example",
      example: () =>
        new ft.Column([
          new ft.ResponsiveRow(
            (
              [
                ["Column 1", ft.colors.YELLOW],
                ["Column 2", ft.colors.GREEN],
                ["Column 3", ft.colors.BLUE],
                ["Column 4", ft.colors.PINK_300],
              ] as const
            ).map(
              ([label, bgcolor]) =>
                new ft.Container(new ft.Text(label, { color: ft.colors.BLACK }), {
                  padding: 5,
                  bgcolor,
                  col: { sm: 6, md: 4, xl: 2 },
                }),
            ),
          ),
          new ft.ResponsiveRow(
            [1, 2, 3].map((n) => new ft.TextField({ label: `TextField ${n}`, col: { md: 4 } })),
            { runSpacing: 20 },
          ),
        ]),
    },
  ],
};
