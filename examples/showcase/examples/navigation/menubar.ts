import * as ft from "flet-ts";
import { notify } from "../../feedback.js";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "menubar",
  name: "MenuBar",
  description: "A menu bar that manages cascading child menus.",
  examples: [
    {
      name: "MenuBar Example",
      example: (page) => {
        const item = (label: string, icon: string, hovered: string, closeOnClick = true) =>
          new ft.MenuItemButton({
            content: new ft.Text(label),
            leading: new ft.Icon(icon),
            closeOnClick,
            style: { bgcolor: { hovered } },
            onClick: () => notify(page, `${label}.on_click`),
          });
        const menubar = new ft.MenuBar({
          expand: true,
          style: {
            alignment: ft.alignment.topLeft,
            bgcolor: ft.colors.RED_100,
            mouseCursor: { hovered: ft.MouseCursor.WAIT, "": ft.MouseCursor.ZOOM_OUT },
          },
          controls: [
            new ft.SubmenuButton({
              content: new ft.Text("File"),
              controls: [
                item("About", ft.icons.INFO, ft.colors.GREEN_100),
                item("Save", ft.icons.SAVE, ft.colors.GREEN_100),
                item("Quit", ft.icons.CLOSE, ft.colors.GREEN_100),
              ],
            }),
            new ft.SubmenuButton({
              content: new ft.Text("View"),
              controls: [
                new ft.SubmenuButton({
                  content: new ft.Text("Zoom"),
                  controls: [
                    item("Magnify", ft.icons.ZOOM_IN, ft.colors.PURPLE_200, false),
                    item("Minify", ft.icons.ZOOM_OUT, ft.colors.PURPLE_200, false),
                  ],
                }),
              ],
            }),
          ],
        });
        return new ft.Row([menubar]);
      },
    },
  ],
};
