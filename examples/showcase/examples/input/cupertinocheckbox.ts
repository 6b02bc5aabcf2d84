/** Flet's gallery: CupertinoCheckbox beside a Material and an adaptive Checkbox. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinocheckbox",
  name: "CupertinoCheckbox",
  description: "A macOS style checkbox.",
  examples: [
    {
      name: "CupertinoCheckbox example",
      example: () =>
        new ft.Column({
          controls: [
            new ft.CupertinoCheckbox({ label: "Cupertino Checkbox", value: true }),
            new ft.Checkbox({ label: "Material Checkbox", value: true }),
            new ft.Checkbox({
              adaptive: true,
              label: "Adaptive Checkbox",
              value: true,
              tooltip:
                "Adaptive Checkbox shows as CupertinoCheckbox on macOS and iOS and as Checkbox on other platforms",
            }),
          ],
        }),
    },
  ],
};
