import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinoappbar",
  name: "CupertinoAppBar",
  description: "An iOS-styled application bar.",
  examples: [
    {
      name: "CupertinoAppBar Example",
      example: () =>
        new ft.Pagelet({
          appbar: new ft.CupertinoAppBar({
            leading: new ft.Icon(ft.icons.PALETTE),
            bgcolor: ft.colors.SURFACE,
            trailing: new ft.Icon(ft.icons.WB_SUNNY_OUTLINED),
            middle: new ft.Text("CupertinoAppBar Middle"),
          }),
          content: new ft.Container(),
          height: 200,
        }),
    },
  ],
};
