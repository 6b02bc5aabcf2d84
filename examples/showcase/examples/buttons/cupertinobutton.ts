/** Flet's gallery: CupertinoButton. Flet's `print` becomes a snack bar. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinobutton",
  name: "CupertinoButton",
  description: "An iOS-style button.",
  examples: [
    {
      name: "CupertinoButton example",
      example: (page) =>
        new ft.CupertinoButton({
          content: new ft.Text("CupertinoButton"),
          opacityOnClick: 0.3,
          onClick: () =>
            page.showSnackBar(new ft.SnackBar(new ft.Text("Normal CupertinoButton clicked!"))),
        }),
    },
  ],
};
