/** Flet's gallery: CupertinoAlertDialog, opened with `page.showDialog`. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinoalertdialog",
  name: "CupertinoAlertDialog",
  description: "An iOS-style alert dialog.",
  examples: [
    {
      name: "CupertinoAlertDialog example",
      example: (page) => {
        const dismissDialog = () => page.closeDialog();
        const cupertinoAlertDialog = new ft.CupertinoAlertDialog({
          title: new ft.Text("Cupertino Alert Dialog"),
          content: new ft.Text("Do you want to delete this file?"),
          actions: [
            new ft.CupertinoDialogAction("OK", {
              isDestructiveAction: true,
              onClick: dismissDialog,
            }),
            new ft.CupertinoDialogAction({ text: "Cancel", onClick: dismissDialog }),
          ],
        });
        return new ft.ElevatedButton("Open CupertinoAlertDialog", {
          onClick: () => page.showDialog(cupertinoAlertDialog),
        });
      },
    },
  ],
};
