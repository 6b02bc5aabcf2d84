/**
 * Flet's gallery: SubmenuButton, cascading menus that colour a box. Flet names this
 * example "SegmentedButton example" (a slip in its gallery); the title here says what it
 * is. Flet's `print` in the handlers becomes a line of text under the box.
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "submenubutton",
  name: "SubmenuButton",
  description:
    "A menu button that displays a cascading menu.\n\nIt can be used as part of a MenuBar, or as a standalone control.",
  examples: [
    {
      name: "SubmenuButton example",
      example: () => {
        const bgContainer = new ft.Container({
          height: 100,
          expand: true,
          bgcolor: ft.colors.AMBER,
        });
        const log = new ft.Text();
        const colorOf = (e: ft.ControlEvent<ft.MenuItemButton>) =>
          (e.control.content as ft.Text).value ?? "";
        const colorMenu = (letter: string, color: string, hovered: string) =>
          new ft.SubmenuButton({
            content: new ft.Text(letter),
            leading: new ft.Icon(ft.icons.COLORIZE),
            controls: [
              new ft.MenuItemButton({
                content: new ft.Text(color),
                style: { bgcolor: { [ft.MaterialState.HOVERED]: hovered } },
                onClick: (e) => {
                  const value = colorOf(e);
                  log.value = `${value}.on_click`;
                  bgContainer.bgcolor = value.toLowerCase();
                  bgContainer.update();
                  log.update();
                },
                onHover: (e) => {
                  log.value = `${colorOf(e)}.on_hover`;
                  log.update();
                },
              }),
            ],
          });
        const menubar = new ft.MenuBar({
          expand: true,
          controls: [
            new ft.SubmenuButton({
              content: new ft.Text("BgColors"),
              controls: [
                colorMenu("B", "Blue", ft.colors.BLUE),
                colorMenu("G", "Green", ft.colors.GREEN),
                colorMenu("R", "Red", ft.colors.RED),
              ],
            }),
          ],
        });
        return new ft.Column([new ft.Row([menubar]), new ft.Row([bgContainer]), log]);
      },
    },
  ],
};
