import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "expansiontile",
  name: "ExpansionTile",
  description:
    "A single-line ListTile with an expansion arrow icon that expands or collapses the tile to reveal or hide its children.",
  examples: [
    {
      name: "ExpansionTile example",
      example: () =>
        new ft.Column([
          new ft.ExpansionTile({
            title: new ft.Text("ExpansionTile 1"),
            subtitle: new ft.Text("Trailing expansion arrow icon"),
            affinity: ft.TileAffinity.PLATFORM,
            maintainState: true,
            collapsedTextColor: ft.colors.RED,
            textColor: ft.colors.RED,
            controls: [new ft.ListTile({ title: new ft.Text("This is sub-tile number 1") })],
          }),
          new ft.ExpansionTile({
            title: new ft.Text("ExpansionTile 2"),
            subtitle: new ft.Text("Custom expansion arrow icon"),
            trailing: new ft.Icon(ft.icons.ARROW_DROP_DOWN),
            collapsedTextColor: ft.colors.GREEN,
            textColor: ft.colors.GREEN,
            controls: [new ft.ListTile({ title: new ft.Text("This is sub-tile number 2") })],
          }),
          new ft.ExpansionTile({
            title: new ft.Text("ExpansionTile 3"),
            subtitle: new ft.Text("Leading expansion arrow icon"),
            affinity: ft.TileAffinity.LEADING,
            initiallyExpanded: true,
            collapsedTextColor: ft.colors.BLUE,
            textColor: ft.colors.BLUE,
            controls: [3, 4, 5].map(
              (n) => new ft.ListTile({ title: new ft.Text(`This is sub-tile number ${n}`) }),
            ),
          }),
        ]),
    },
  ],
};
