/**
 * Flet's gallery: CupertinoContextMenu over an image. Flet's `print` in the actions becomes
 * a snack bar.
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinocontextmenu",
  name: "CupertinoContextMenu",
  description: "A full-screen modal route that opens when it's content is long-pressed.",
  examples: [
    {
      name: "CupertinoContextMenu Example",
      example: (page) => {
        const say = (message: string) => page.showSnackBar(new ft.SnackBar(new ft.Text(message)));
        return new ft.CupertinoContextMenu({
          enableHapticFeedback: true,
          content: new ft.Image("https://picsum.photos/200/200"),
          actions: [
            new ft.CupertinoContextMenuAction({
              text: "Action 1",
              isDefaultAction: true,
              trailingIcon: ft.icons.CHECK,
              onClick: () => say("Action 1"),
            }),
            new ft.CupertinoContextMenuAction({
              text: "Action 2",
              trailingIcon: ft.icons.MORE,
              onClick: () => say("Action 2"),
            }),
            new ft.CupertinoContextMenuAction({
              text: "Action 3",
              isDestructiveAction: true,
              trailingIcon: ft.icons.CANCEL,
              onClick: () => say("Action 3"),
            }),
          ],
        });
      },
    },
  ],
};
