/**
 * Flet's gallery: MenuItemButton, in a MenuBar. Flet's MenuStyle also sets `mouse_cursor`
 * per state, which Flet 0.21's MenuStyle does not have; it is left out.
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

const item = (text: string, icon: string, hovered: string, closeOnClick = true) =>
  new ft.MenuItemButton({
    content: new ft.Text(text),
    leading: new ft.Icon(icon),
    closeOnClick,
    style: { bgcolor: { [ft.MaterialState.HOVERED]: hovered } },
  });

export const control: GalleryControl = {
  slug: "menuitembutton",
  name: "MenuItemButton",
  description:
    "A button for use in a MenuBar or on its own, that can be activated by click or keyboard navigation.",
  examples: [
    {
      name: "MenuItemButton Example",
      example: () => {
        const menubar = new ft.MenuBar({
          expand: true,
          style: { alignment: ft.alignment.topLeft, bgcolor: ft.colors.RED_100 },
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
