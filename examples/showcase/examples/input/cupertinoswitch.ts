/** Flet's gallery: CupertinoSwitch beside a Material and an adaptive Switch. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinoswitch",
  name: "CupertinoSwitch",
  description: "An iOS-style switch.",
  examples: [
    {
      name: "CupertinoSwitch example",
      example: () => {
        const c1 = new ft.CupertinoSwitch({ label: "Cupertino Switch", value: true });
        const c2 = new ft.Switch({ label: "Material Switch", value: true });
        const c3 = new ft.Switch({
          adaptive: true,
          label: "Adaptive Switch",
          value: true,
          tooltip:
            "Adaptive Switch shows as CupertinoSwitch on macOS and iOS and as Switch on other platforms",
        });
        return new ft.Column({ controls: [c1, c2, c3] });
      },
    },
  ],
};
