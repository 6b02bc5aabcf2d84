import * as ft from "flet-ts";
import { notify } from "../../feedback.js";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinonavigationbar",
  name: "CupertinoNavigationBar",
  description: "An iOS-style bottom navigation tab bar.",
  examples: [
    {
      name: "CupertinoNavigationBar Example",
      example: (page) =>
        new ft.Pagelet({
          navigationBar: new ft.CupertinoNavigationBar({
            bgcolor: ft.colors.AMBER_100,
            inactiveColor: ft.colors.GREY,
            activeColor: ft.colors.BLACK,
            onChange: (e) => notify(page, `Selected tab: ${e.control.selectedIndex}`),
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
