/**
 * Flet's gallery: CupertinoActionSheet in a CupertinoBottomSheet, opened with
 * `page.showBottomSheet`. Flet's `print` in the handlers becomes a snack bar.
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinoactionsheet",
  name: "CupertinoActionSheet",
  description: "An iOS-style action sheet.",
  examples: [
    {
      name: "CupertinoActionSheet Example",
      example: (page) => {
        const say = (message: string) => page.showSnackBar(new ft.SnackBar(new ft.Text(message)));
        const actionSheet = new ft.CupertinoActionSheet({
          title: new ft.Text("Title"),
          message: new ft.Text("Message"),
          cancel: new ft.CupertinoActionSheetAction({
            content: new ft.Text("Cancel"),
            onClick: () => page.closeBottomSheet(),
          }),
          actions: [
            new ft.CupertinoActionSheetAction({
              content: new ft.Text("Default Action"),
              isDefaultAction: true,
              onClick: () => say("Default clicked"),
            }),
            new ft.CupertinoActionSheetAction({
              content: new ft.Text("Normal Action"),
              onClick: () => say("Normal Action clicked"),
            }),
            new ft.CupertinoActionSheetAction({
              content: new ft.Text("Destructive Action"),
              isDestructiveAction: true,
              onClick: () => say("Destructive Action clicked"),
            }),
          ],
        });
        const cupertinoActionSheet = new ft.CupertinoBottomSheet(actionSheet);
        return new ft.OutlinedButton("Open CupertinoBottomSheet containing CupertinoActionSheet", {
          onClick: () => page.showBottomSheet(cupertinoActionSheet),
        });
      },
    },
  ],
};
