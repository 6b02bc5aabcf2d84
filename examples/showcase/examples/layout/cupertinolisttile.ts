import * as ft from "flet-ts";
import { notify } from "../../feedback.js";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinolisttile",
  name: "CupertinoListTile",
  description:
    "An iOS-style list tile. The CupertinoListTile is a Cupertino equivalent of Material ListTile.",
  examples: [
    {
      name: "CupertinoListTile example",
      example: (page) => {
        const tileClicked = () => notify(page, "CupertinoListTile clicked!");
        return new ft.Column([
          new ft.CupertinoListTile({
            additionalInfo: new ft.Text("Wed Jan 24"),
            bgcolorActivated: ft.colors.AMBER_ACCENT,
            leading: new ft.Icon(ft.cupertinoIcons.GAME_CONTROLLER),
            title: new ft.Text("CupertinoListTile not notched"),
            subtitle: new ft.Text("Subtitle"),
            trailing: new ft.Icon(ft.cupertinoIcons.ALARM),
            onClick: tileClicked,
          }),
          new ft.CupertinoListTile({
            notched: true,
            additionalInfo: new ft.Text("Thu Jan 25"),
            leading: new ft.Icon(ft.cupertinoIcons.GAME_CONTROLLER),
            title: new ft.Text("CupertinoListTile notched"),
            subtitle: new ft.Text("Subtitle"),
            trailing: new ft.Icon(ft.cupertinoIcons.ALARM),
            onClick: tileClicked,
          }),
        ]);
      },
    },
  ],
};
