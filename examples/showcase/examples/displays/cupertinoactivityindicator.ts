import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinoactivityindicator",
  name: "CupertinoActivityIndicator",
  description: "An iOS-style activity indicator that spins clockwise.",
  examples: [
    {
      name: "CupertinoActivityIndicator Example",
      example: () =>
        new ft.CupertinoActivityIndicator({ radius: 50, color: ft.colors.RED, animating: true }),
    },
  ],
};
