import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "gridview",
  name: "GridView",
  description:
    "A scrollable, 2D array of controls. GridView is very effective for large lists (thousands of items). Prefer it over wrapping Column or Row for smooth scrolling.",
  examples: [
    {
      name: "GridView Example",
      example: () =>
        new ft.GridView(
          Array.from(
            { length: 60 },
            (_, i) =>
              new ft.Image(`https://picsum.photos/150/150?${i}`, {
                fit: ft.ImageFit.NONE,
                repeat: ft.ImageRepeat.NO_REPEAT,
                borderRadius: ft.borderRadius.all(10),
                semanticsLabel: `Photo ${i + 1}`,
              }),
          ),
          {
            height: 400,
            width: 400,
            runsCount: 5,
            maxExtent: 150,
            childAspectRatio: 1,
            spacing: 5,
            runSpacing: 5,
          },
        ),
    },
  ],
};
