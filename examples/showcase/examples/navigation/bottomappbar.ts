import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "bottomappbar",
  name: "BottomAppBar",
  description: "A material design bottom app bar.",
  examples: [
    {
      name: "BottomAppBar Example",
      example: () =>
        new ft.Pagelet({
          bottomAppbar: new ft.BottomAppBar({
            bgcolor: ft.colors.BLUE,
            shape: ft.NotchShape.CIRCULAR,
            content: new ft.Row([
              new ft.IconButton({
                icon: ft.icons.MENU,
                iconColor: ft.colors.WHITE,
                tooltip: "Menu",
              }),
              new ft.Container({ expand: true }),
              new ft.IconButton({
                icon: ft.icons.SEARCH,
                iconColor: ft.colors.WHITE,
                tooltip: "Search",
              }),
              new ft.IconButton({
                icon: ft.icons.FAVORITE,
                iconColor: ft.colors.WHITE,
                tooltip: "Favorite",
              }),
            ]),
          }),
          content: new ft.Container(),
          height: 400,
        }),
    },
  ],
};
