/** Flet's gallery: CupertinoSegmentedButton. Flet's `print` becomes a snack bar. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinosegmentedbutton",
  name: "CupertinoSegmentedButton",
  description: "An iOS-style segmented button.",
  examples: [
    {
      name: "CupertinoSegmentedButton example",
      example: (page) =>
        new ft.CupertinoSegmentedButton({
          selectedIndex: 1,
          selectedColor: ft.colors.RED_400,
          onChange: (e) =>
            page.showSnackBar(new ft.SnackBar(new ft.Text(`selected_index: ${e.data}`))),
          controls: [
            new ft.Text("One"),
            new ft.Container({
              padding: ft.padding.symmetric({ horizontal: 30 }),
              content: new ft.Text("Two"),
            }),
            new ft.Container({
              padding: ft.padding.symmetric({ horizontal: 10 }),
              content: new ft.Text("Three"),
            }),
          ],
        }),
    },
  ],
};
