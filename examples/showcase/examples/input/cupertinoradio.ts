/** Flet's gallery: CupertinoRadio in a RadioGroup with Material and adaptive Radios. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "cupertinoradio",
  name: "CupertinoRadio",
  description: "A macOS style radio button.",
  examples: [
    {
      name: "CupertinoRadio example",
      example: () => {
        const t = new ft.Text();
        const cg = new ft.RadioGroup({
          content: new ft.Column([
            new ft.CupertinoRadio({
              value: "red",
              label: "Red - Cupertino Radio",
              activeColor: ft.colors.RED,
              inactiveColor: ft.colors.RED,
            }),
            new ft.Radio({
              value: "green",
              label: "Green - Material Radio",
              fillColor: ft.colors.GREEN,
            }),
            new ft.Radio({
              value: "blue",
              label: "Blue - Adaptive Radio",
              adaptive: true,
              activeColor: ft.colors.BLUE,
              tooltip:
                "Adaptive Radio shows as CupertinoRadio on macOS and iOS and as Radio on other platforms",
            }),
          ]),
        });
        const b = new ft.ElevatedButton({
          text: "Submit",
          onClick: () => {
            t.value = `Your favorite color is:  ${cg.value}`;
            t.update();
          },
        });
        return new ft.Column([new ft.Text("Select your favorite color:"), cg, b, t]);
      },
    },
  ],
};
