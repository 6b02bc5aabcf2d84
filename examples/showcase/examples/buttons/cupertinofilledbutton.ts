/** Flet's gallery: CupertinoFilledButton. Flet's `print` becomes a snack bar. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinofilledbutton",
  name: "CupertinoFilledButton",
  description: "An iOS-style button with filled with background color.",
  examples: [
    {
      name: "CupertinoFilledButton example",
      example: (page) =>
        new ft.CupertinoFilledButton({
          content: new ft.Text("CupertinoButton"),
          opacityOnClick: 0.3,
          onClick: () =>
            page.showSnackBar(new ft.SnackBar(new ft.Text("CupertinoFilledButton clicked!"))),
        }),
    },
  ],
};
