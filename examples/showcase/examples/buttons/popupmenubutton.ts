/** Flet's gallery: PopupMenuButton. Flet's `print` becomes a snack bar. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "popupmenubutton",
  name: "PopupMenuButton",
  description: "An icon button which displays a menu when clicked.",
  examples: [
    {
      name: "PopupMenuButton example",
      example: (page) =>
        new ft.PopupMenuButton({
          items: [
            new ft.PopupMenuItem({ text: "Item 1" }),
            new ft.PopupMenuItem({ icon: ft.icons.POWER_INPUT, text: "Check power" }),
            new ft.PopupMenuItem({
              content: new ft.Row([
                new ft.Icon(ft.icons.HOURGLASS_TOP_OUTLINED),
                new ft.Text("Item with a custom content"),
              ]),
              onClick: () =>
                page.showSnackBar(
                  new ft.SnackBar(new ft.Text("Button with a custom content clicked!")),
                ),
            }),
            new ft.PopupMenuItem(), // divider
            new ft.PopupMenuItem({
              text: "Checked item",
              checked: false,
              onClick: (e) => {
                e.control.checked = !e.control.checked;
                e.control.update();
              },
            }),
          ],
        }),
    },
  ],
};
