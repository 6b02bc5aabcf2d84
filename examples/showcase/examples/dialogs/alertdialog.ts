/**
 * Flet's gallery: AlertDialog, a basic and a modal dialog, opened with `page.showDialog`
 * (Flet's gallery appends them to the overlay and sets `open`). Flet's `print` in
 * `on_dismiss` becomes a line of text under the buttons.
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "alertdialog",
  name: "AlertDialog",
  description:
    "A material design alert dialog.\n\nAn alert dialog informs the user about situations that require acknowledgement. An alert dialog has an optional title and an optional list of actions. The title is displayed above the content and the actions are displayed below the content.",
  examples: [
    {
      name: "Basic and modal dialogs",
      example: (page) => {
        const log = new ft.Text();
        const say = (message: string) => {
          log.value = message;
          log.update();
        };
        const dlg = new ft.AlertDialog({
          title: new ft.Text("Hello, you!"),
          onDismiss: () => say("Dialog dismissed!"),
        });
        const closeDlg = () => page.closeDialog();
        const dlgModal = new ft.AlertDialog({
          modal: true,
          title: new ft.Text("Please confirm"),
          content: new ft.Text("Do you really want to delete all those files?"),
          actions: [
            new ft.TextButton("Yes", { onClick: closeDlg }),
            new ft.TextButton("No", { onClick: closeDlg }),
          ],
          actionsAlignment: ft.MainAxisAlignment.END,
          onDismiss: () => say("Modal dialog dismissed!"),
        });
        return new ft.Column([
          new ft.ElevatedButton("Open dialog", { onClick: () => page.showDialog(dlg) }),
          new ft.ElevatedButton("Open modal dialog", { onClick: () => page.showDialog(dlgModal) }),
          log,
        ]);
      },
    },
  ],
};
