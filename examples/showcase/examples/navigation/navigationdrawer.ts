import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

const items = () => [
  new ft.NavigationDrawerDestination("Item 1", { icon: ft.icons.ADD_TO_HOME_SCREEN_SHARP }),
  new ft.NavigationDrawerDestination("Item 2", { icon: ft.icons.ADD_COMMENT }),
];

export const control: GalleryControl = {
  slug: "navigationdrawer",
  name: "NavigationDrawer",
  description: "Material Design Navigation Drawer component.",
  examples: [
    {
      name: "NavigationDrawer example",
      example: (page) => {
        const endDrawer = new ft.NavigationDrawer(items());
        const drawer = new ft.NavigationDrawer(items());
        return new ft.Column([
          new ft.ElevatedButton("Open end drawer", {
            onClick: () => page.showEndDrawer(endDrawer),
          }),
          new ft.ElevatedButton("Open drawer", { onClick: () => page.showDrawer(drawer) }),
        ]);
      },
    },
  ],
};
