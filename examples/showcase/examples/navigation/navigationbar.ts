import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "navigationbar",
  name: "NavigationBar",
  description:
    "Material 3 Navigation Bar component. Navigation bars offer a persistent and convenient way to switch between primary destinations in an app.",
  examples: [
    {
      name: "NavigationBar Example",
      example: () =>
        new ft.Pagelet({
          navigationBar: new ft.NavigationBar({
            destinations: [
              new ft.NavigationDestination("Explore", { icon: ft.icons.EXPLORE }),
              new ft.NavigationDestination("Commute", { icon: ft.icons.COMMUTE }),
              new ft.NavigationDestination("Explore", {
                icon: ft.icons.BOOKMARK_BORDER,
                selectedIcon: ft.icons.BOOKMARK,
              }),
            ],
          }),
          content: new ft.Container(),
          height: 400,
        }),
    },
  ],
};
