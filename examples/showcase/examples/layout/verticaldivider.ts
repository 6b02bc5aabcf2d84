import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "verticaldivider",
  name: "VerticalDivider",
  description:
    "A thin vertical line, with padding on either side. In the material design language, this represents a divider.",
  examples: [
    {
      name: "VerticalDivider example",
      example: () => {
        const box = (bgcolor: string) =>
          new ft.Container({ bgcolor, alignment: ft.alignment.center, expand: 1 });
        return new ft.Row(
          [
            box(ft.colors.ORANGE_300),
            new ft.VerticalDivider(),
            box(ft.colors.BROWN_400),
            new ft.VerticalDivider({ width: 1, color: "white" }),
            box(ft.colors.BLUE_300),
            new ft.VerticalDivider({ width: 9, thickness: 3 }),
            box(ft.colors.GREEN_300),
          ],
          { spacing: 0, width: 400, height: 400 },
        );
      },
    },
    {
      name: "Draggable VerticalDivider",
      example: () => {
        const c = new ft.Container({
          bgcolor: ft.colors.ORANGE_300,
          alignment: ft.alignment.center,
          width: 100,
        });
        return new ft.Row(
          [
            c,
            new ft.GestureDetector({
              content: new ft.VerticalDivider(),
              dragInterval: 10,
              mouseCursor: ft.MouseCursor.RESIZE_LEFT_RIGHT,
              onPanUpdate: (e) => {
                const width = c.width ?? 100;
                if ((e.deltaX > 0 && width < 300) || (e.deltaX < 0 && width > 100))
                  c.width = width + e.deltaX;
              },
            }),
            new ft.Container({
              bgcolor: ft.colors.BROWN_400,
              alignment: ft.alignment.center,
              expand: 1,
            }),
          ],
          { spacing: 0, width: 400, height: 400 },
        );
      },
    },
  ],
};
