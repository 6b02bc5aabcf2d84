/**
 * Flet's gallery: BottomSheet, opened with `page.showBottomSheet` (Flet's gallery keeps it
 * in the overlay while the example is mounted and sets `open`). Flet's `print` in
 * `on_dismiss` becomes a snack bar.
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "bottomsheet",
  name: "BottomSheet",
  description:
    "Shows a modal Material Design bottom sheet.\n\nA modal bottom sheet is an alternative to a menu or a dialog and prevents the user from interacting with the rest of the app.",
  examples: [
    {
      name: "Simple BottomSheet",
      example: (page) => {
        const bs = new ft.BottomSheet(
          new ft.Container(
            new ft.Column(
              [
                new ft.Text("This is sheet's content!"),
                new ft.ElevatedButton("Close bottom sheet", {
                  onClick: () => page.closeBottomSheet(),
                }),
              ],
              { tight: true },
            ),
            { padding: 10 },
          ),
          { onDismiss: () => page.showSnackBar(new ft.SnackBar(new ft.Text("Dismissed!"))) },
        );
        return new ft.ElevatedButton("Display bottom sheet", {
          onClick: () => page.showBottomSheet(bs),
        });
      },
    },
  ],
};
