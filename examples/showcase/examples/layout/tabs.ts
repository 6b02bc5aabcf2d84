import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "tabs",
  name: "Tabs",
  description:
    "The Tabs control is used for navigating frequently accessed, distinct content categories. Tabs allow for navigation between two or more content views and relies on text headers to articulate the different sections of content.",
  examples: [
    {
      name: "Tabs example",
      example: () =>
        new ft.Tabs(
          [
            new ft.Tab("Tab 1", {
              content: new ft.Container(new ft.Text("This is Tab 1"), {
                alignment: ft.alignment.center,
              }),
            }),
            new ft.Tab({
              tabContent: new ft.Icon(ft.icons.SEARCH, { semanticsLabel: "Search" }),
              content: new ft.Text("This is Tab 2"),
            }),
            new ft.Tab("Tab 3", { icon: ft.icons.SETTINGS, content: new ft.Text("This is Tab 3") }),
          ],
          { selectedIndex: 1, animationDuration: 300, width: 400, height: 400 },
        ),
    },
  ],
};
