/** Flet's gallery: FilledButton. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "filledbutton",
  name: "FilledButton",
  description:
    "Filled buttons have the most visual impact after the FloatingActionButton, and should be used for important, final actions that complete a flow, like Save, Join now, or Confirm.",
  examples: [
    {
      name: "FilledButtons example",
      example: () =>
        new ft.Column({
          controls: [
            new ft.FilledButton({ text: "Filled button" }),
            new ft.FilledButton("Disabled button", { disabled: true }),
            new ft.FilledButton("Button with icon", { icon: ft.icons.ADD }),
          ],
        }),
    },
  ],
};
