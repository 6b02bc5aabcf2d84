/** Flet's gallery: SnackBar, a new message on each press, shown with `page.showSnackBar`. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "snackbar",
  name: "SnackBar",
  description:
    "A lightweight message with an optional action which briefly displays at the bottom of the screen.",
  examples: [
    {
      name: "SnackBar with dynamic message",
      example: (page) => {
        let counter = 0;
        return new ft.ElevatedButton("Open SnackBar", {
          onClick: () => {
            page.showSnackBar(new ft.SnackBar(new ft.Text(`Hello ${counter}`)));
            counter += 1;
          },
        });
      },
    },
  ],
};
