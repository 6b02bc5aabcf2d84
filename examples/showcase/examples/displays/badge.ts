import * as ft from "flet-ts";
import { notify } from "../../feedback.js";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "badge",
  name: "Badge",
  description:
    "Badges are used to show notifications, counts, or status information about its child icon.",
  examples: [
    {
      name: "Badges in NavigationRail example",
      example: (page) => {
        const rail = new ft.NavigationRail({
          selectedIndex: 0,
          labelType: ft.NavigationRailLabelType.ALL,
          minWidth: 100,
          minExtendedWidth: 400,
          leading: new ft.FloatingActionButton("Add", { icon: ft.icons.CREATE }),
          groupAlignment: -0.9,
          destinations: [
            new ft.NavigationRailDestination("Calls", {
              iconContent: new ft.Badge({ content: new ft.Icon(ft.icons.PHONE), text: "10" }),
            }),
            new ft.NavigationRailDestination("Mail", {
              iconContent: new ft.Badge({ content: new ft.Icon(ft.icons.MAIL), text: "5" }),
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
