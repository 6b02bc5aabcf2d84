/** Flet's gallery: CupertinoTextField beside a Material and an adaptive TextField. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinotextfield",
  name: "CupertinoTextField",
  description: "An iOS-style text field.",
  examples: [
    {
      name: "CupertinoTextField example",
      example: () => {
        const tf1 = new ft.TextField({ label: "Material" });
        const tf2 = new ft.CupertinoTextField({ placeholderText: "Cupertino" });
        const tf3 = new ft.TextField({
          adaptive: true,
          label: "Adaptive",
          tooltip:
            "Adaptive TextField shows as CupertinoTextField on macOS and iOS and as TextField on other platforms",
        });
        return new ft.Column({ controls: [tf1, tf2, tf3] });
      },
    },
  ],
};
