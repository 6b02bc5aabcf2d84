import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "appbar",
  name: "AppBar",
  description: "A material design app bar.",
  examples: [
    {
      name: "AppBar Example",
      example: () =>
        new ft.Pagelet({
          appbar: new ft.AppBar({
            leading: new ft.Icon(ft.icons.PALETTE),
            leadingWidth: 40,
            title: new ft.Text("AppBar Title"),
            centerTitle: false,
            bgcolor: ft.colors.SURFACE,
            actions: [
              new ft.IconButton({ icon: ft.icons.WB_SUNNY_OUTLINED, tooltip: "Light" }),
              new ft.IconButton({ icon: ft.icons.FILTER_3, tooltip: "Filter" }),
              new ft.PopupMenuButton({
                tooltip: "Show menu",
                items: [
                  new ft.PopupMenuItem("Item 1"),
                  new ft.PopupMenuItem(), // divider
                  new ft.PopupMenuItem("Checked item", { checked: false }),
                ],
              }),
            ],
          }),
          content: new ft.Container(),
          height: 200,
        }),
    },
  ],
};
