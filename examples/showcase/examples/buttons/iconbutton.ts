/** Flet's gallery: IconButton. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "iconbutton",
  name: "IconButton",
  description:
    "An icon button is a round button with an icon in the middle that reacts to touches by filling with color (ink).\n\nIcon buttons are commonly used in the toolbars, but they can be used in many other places as well.",
  examples: [
    {
      name: "IconButtons example",
      example: () =>
        new ft.Row([
          new ft.IconButton({
            icon: ft.icons.PAUSE_CIRCLE_FILLED_ROUNDED,
            iconColor: ft.colors.BLUE_400,
            iconSize: 20,
            tooltip: "Pause record",
          }),
          new ft.IconButton({
            icon: ft.icons.DELETE_FOREVER_ROUNDED,
            iconColor: ft.colors.PINK_600,
            iconSize: 40,
            tooltip: "Delete record",
          }),
        ]),
    },
    {
      name: "IconButton with `click` event",
      example: () => {
        let clicks = 0;
        const t = new ft.Text();
        const b = new ft.IconButton({
          icon: ft.icons.PLAY_CIRCLE_FILL_OUTLINED,
          onClick: () => {
            clicks += 1;
            t.value = `Button clicked ${clicks} time(s)`;
            t.update();
          },
        });
        return new ft.Column([b, t]);
      },
    },
  ],
};
