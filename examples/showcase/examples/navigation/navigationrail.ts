import * as ft from "flet-ts";
import { notify } from "../../feedback.js";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "navigationrail",
  name: "NavigationRail",
  description:
    "A material widget that is meant to be displayed at the left or right of an app to navigate between a small number of views, typically between three and five.",
  examples: [
    {
      name: "NavigationRail Example",
      example: (page) => {
        const rail = new ft.NavigationRail({
          selectedIndex: 0,
          labelType: ft.NavigationRailLabelType.ALL,
          minWidth: 100,
          minExtendedWidth: 400,
          leading: new ft.FloatingActionButton("Add", { icon: ft.icons.CREATE }),
          groupAlignment: -0.9,
          destinations: [
            new ft.NavigationRailDestination("First", {
              icon: ft.icons.FAVORITE_BORDER,
              selectedIcon: ft.icons.FAVORITE,
            }),
            new ft.NavigationRailDestination("Second", {
              iconContent: new ft.Icon(ft.icons.BOOKMARK_BORDER),
              selectedIconContent: new ft.Icon(ft.icons.BOOKMARK),
            }),
            new ft.NavigationRailDestination({
              icon: ft.icons.SETTINGS_OUTLINED,
              selectedIconContent: new ft.Icon(ft.icons.SETTINGS),
              labelContent: new ft.Text("Settings"),
            }),
          ],
          onChange: (e) => notify(page, `Selected destination: ${e.control.selectedIndex}`),
        });
        return new ft.Row(
          [
            rail,
            new ft.VerticalDivider({ width: 1 }),
            new ft.Column([new ft.Text("Body!")], {
              alignment: ft.MainAxisAlignment.START,
              expand: true,
            }),
          ],
          { width: 400, height: 400 },
        );
      },
    },
  ],
};
