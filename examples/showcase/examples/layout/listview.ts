import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "listview",
  name: "ListView",
  description:
    "A scrollable list of controls arranged linearly. ListView is the most commonly used scrolling control. It displays its children one after another in the scroll direction. In the cross axis, the children are required to fill the ListView.",
  examples: [
    {
      name: "Auto-scrolling ListView",
      example: (page) => {
        let count = 1;
        const lv = new ft.ListView({ spacing: 10, padding: 20, autoScroll: true, height: 300 });
        for (let i = 0; i < 60; i++) lv.controls.push(new ft.Text(`Line ${count++}`));
        return new ft.Column([
          lv,
          new ft.OutlinedButton("Start auto-scrolling", {
            onClick: async () => {
              for (let i = 0; i < 60; i++) {
                await ft.sleep(1000);
                lv.controls.push(new ft.Text(`Line ${count++}`));
                page.update();
              }
            },
          }),
        ]);
      },
    },
  ],
};
