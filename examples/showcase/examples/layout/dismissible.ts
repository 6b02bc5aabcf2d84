import * as ft from "flet-ts";
import { notify } from "../../feedback.js";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "dismissible",
  name: "Dismissible",
  description:
    "A control that can be dismissed by dragging in the indicated dismissDirection. When dragged or flung in the specified dismissDirection, its content smoothly slides out of view.",
  examples: [
    {
      name: "Dismissible ListView Tiles",
      example: (page) => {
        const lv: ft.ListView = new ft.ListView(
          Array.from(
            { length: 5 },
            (_, i) =>
              new ft.Dismissible({
                content: new ft.ListTile({ title: new ft.Text(`Item ${i}`) }),
                dismissDirection: ft.DismissDirection.HORIZONTAL,
                background: new ft.Container({ bgcolor: ft.colors.GREEN }),
                secondaryBackground: new ft.Container({ bgcolor: ft.colors.RED }),
                onDismiss: (e) => {
                  lv.controls.splice(lv.controls.indexOf(e.control), 1);
                  notify(page, `Item ${i} dismissed`);
                },
                dismissThresholds: {
                  [ft.DismissDirection.HORIZONTAL]: 0.1,
                  [ft.DismissDirection.START_TO_END]: 0.1,
                },
              }),
          ),
        );
        return lv;
      },
    },
  ],
};
