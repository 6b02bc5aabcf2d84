/** Flet's gallery: CupertinoSlidingSegmentedButton. Flet's `print` becomes a snack bar. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinoslidingsegmentedbutton",
  name: "CupertinoSlidingSegmentedButton",
  description: "An iOS-13 style segmented control.",
  examples: [
    {
      name: "CupertinoSlidingSegmentedButton example",
      example: (page) =>
        new ft.CupertinoSlidingSegmentedButton({
          selectedIndex: 1,
          thumbColor: ft.colors.BLUE_400,
          onChange: (e) =>
            page.showSnackBar(new ft.SnackBar(new ft.Text(`selected_index: ${e.data}`))),
          padding: ft.padding.symmetric({ horizontal: 10 }),
          controls: [new ft.Text("One"), new ft.Text("Two"), new ft.Text("Three")],
        }),
    },
  ],
};
