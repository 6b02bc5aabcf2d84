import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

const more = () =>
  new ft.PopupMenuButton({
    icon: ft.icons.MORE_VERT,
    tooltip: "More",
    items: [new ft.PopupMenuItem("Item 1"), new ft.PopupMenuItem("Item 2")],
  });

export const control: GalleryControl = {
  slug: "listtile",
  name: "ListTile",
  description:
    "A single fixed-height row that typically contains some text as well as a leading or trailing icon.",
  examples: [
    {
      name: "ListTile Examples",
      example: () =>
        new ft.Card(
          new ft.Container(
            new ft.Column(
              [
                new ft.ListTile({ title: new ft.Text("One-line list tile") }),
                new ft.ListTile({ title: new ft.Text("One-line dense list tile"), dense: true }),
                new ft.ListTile({
                  leading: new ft.Icon(ft.icons.SETTINGS),
                  title: new ft.Text("One-line selected list tile"),
                  selected: true,
                }),
                new ft.ListTile({
                  leading: new ft.Icon(ft.icons.DASHBOARD_CUSTOMIZE, { color: ft.colors.PRIMARY }),
                  title: new ft.Text("One-line with leading control"),
                }),
                new ft.ListTile({
                  title: new ft.Text("One-line with trailing control"),
                  trailing: more(),
                }),
                new ft.ListTile({
                  leading: new ft.Icon(ft.icons.ALBUM),
                  title: new ft.Text("One-line with leading and trailing controls"),
                  trailing: more(),
                }),
                new ft.ListTile({
                  leading: new ft.Icon(ft.icons.SNOOZE),
                  title: new ft.Text("Two-line with leading and trailing controls"),
                  subtitle: new ft.Text("Here is a second title."),
                  trailing: more(),
                }),
              ],
              { spacing: 0 },
            ),
            { width: 500, padding: ft.padding.symmetric({ vertical: 10 }) },
          ),
        ),
    },
  ],
};
