import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "divider",
  name: "Divider",
  description:
    "A thin horizontal line, with padding on either side. In the material design language, this represents a divider.",
  examples: [
    {
      name: "Divider example",
      example: () => {
        const box = (bgcolor: string) =>
          new ft.Container({ bgcolor, alignment: ft.alignment.center, expand: 1 });
        return new ft.Column(
          [
            box(ft.colors.AMBER),
            new ft.Divider(),
            box(ft.colors.PINK),
            new ft.Divider({ height: 1, color: "white" }),
            box(ft.colors.BLUE_300),
            new ft.Divider({ height: 9, thickness: 3 }),
            box(ft.colors.DEEP_PURPLE_200),
          ],
          { spacing: 0, width: 400, height: 400 },
        );
      },
    },
    {
      name: "Draggable Divider example",
      example: () => {
        const c = new ft.Container({
          bgcolor: ft.colors.AMBER,
          alignment: ft.alignment.center,
          height: 100,
        });
        return new ft.Column(
          [
            c,
            new ft.GestureDetector({
              content: new ft.Divider(),
              mouseCursor: ft.MouseCursor.RESIZE_UP_DOWN,
              onPanUpdate: (e) => {
                const height = c.height ?? 100;
                if ((e.deltaY > 0 && height < 300) || (e.deltaY < 0 && height > 100))
                  c.height = height + e.deltaY;
              },
            }),
            new ft.Container({
              bgcolor: ft.colors.PINK,
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
