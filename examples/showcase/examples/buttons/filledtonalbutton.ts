/** Flet's gallery: FilledTonalButton. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "filledtonalbutton",
  name: "FilledTonalButton",
  description:
    'A filled tonal button is an alternative middle ground between FilledButton and OutlinedButton buttons. They’re useful in contexts where a lower-priority button requires slightly more emphasis than an outline would give, such as "Next" in an onboarding flow. Tonal buttons use the secondary color mapping.',
  examples: [
    {
      name: "FilledTonalButtons example",
      example: () =>
        new ft.Column({
          controls: [
            new ft.FilledTonalButton({ text: "FilledTonalButton" }),
            new ft.FilledTonalButton("Disabled button", { disabled: true }),
            new ft.FilledTonalButton("Button with icon", { icon: ft.icons.ADD }),
          ],
        }),
    },
  ],
};
