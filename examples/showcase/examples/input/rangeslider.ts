/** Flet's gallery: RangeSlider. Flet's `print` becomes a line of text under the slider. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "rangeslider",
  name: "RangeSlider",
  description: "A Material Design range slider. Used to select a range from a range of values.",
  examples: [
    {
      name: "Range slider with divisions and labels",
      example: () => {
        const log = new ft.Text();
        const rangeSlider: ft.RangeSlider = new ft.RangeSlider({
          min: 0,
          max: 50,
          startValue: 10,
          divisions: 10,
          endValue: 20,
          label: "{value}%",
          onChange: () => {
            log.value = `Range slider change: ${rangeSlider.startValue} ${rangeSlider.endValue}`;
            log.update();
          },
        });
        return new ft.Column({
          horizontalAlignment: ft.CrossAxisAlignment.CENTER,
          controls: [new ft.Container({ height: 30 }), rangeSlider, log],
        });
      },
    },
  ],
};
