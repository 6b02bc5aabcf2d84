/**
 * Flet's gallery: FilePicker. As in Flet, the picker is in the page's overlay while the
 * example is mounted; the button opens the browser's file dialog.
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

/** A "Pick files" button and the names of the picked files. */
class FilePickerExample extends ft.Row {
  readonly selectedFiles = new ft.Text();
  readonly pickFilesDialog = new ft.FilePicker({
    onResult: (e) => {
      this.selectedFiles.value = e.files?.length
        ? e.files.map((f) => f.name).join(", ")
        : "Cancelled!";
      this.selectedFiles.update();
    },
  });

  constructor() {
    super();
    this.controls = [
      new ft.ElevatedButton("Pick files", {
        icon: ft.icons.UPLOAD_FILE,
        onClick: () => this.pickFilesDialog.pickFiles({ allowMultiple: true }),
      }),
      this.selectedFiles,
    ];
  }

  override didMount(): void {
    this.page.overlay.push(this.pickFilesDialog);
    this.page.update();
  }

  override willUnmount(): void {
    const overlay = this.page.overlay;
    const at = overlay.indexOf(this.pickFilesDialog);
    if (at >= 0) overlay.splice(at, 1);
    this.page.update();
  }
}

export const control: GalleryControl = {
  slug: "filepicker",
  name: "FilePicker",
  description:
    "A control that allows you to use the native file explorer to pick single or multiple files, with extensions filtering support and upload.",
  examples: [{ name: "Pick multiple files", example: () => new FilePickerExample() }],
};
