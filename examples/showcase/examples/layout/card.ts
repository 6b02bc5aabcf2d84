import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "card",
  name: "Card",
  description:
    "A material design card: a panel with slightly rounded corners and an elevation shadow.",
  examples: [
    {
      name: "Card example",
      example: () =>
        new ft.Card(
          new ft.Container(
            new ft.Column([
              new ft.ListTile({
                leading: new ft.Icon(ft.icons.ALBUM),
                title: new ft.Text("The Enchanted Nightingale"),
                subtitle: new ft.Text("Music by Julie Gable. Lyrics by Sidney Stein."),
              }),
              new ft.Row([new ft.TextButton("Buy tickets"), new ft.TextButton("Listen")], {
                alignment: ft.MainAxisAlignment.END,
              }),
            ]),
            { width: 400, padding: 10 },
          ),
        ),
    },
  ],
};
