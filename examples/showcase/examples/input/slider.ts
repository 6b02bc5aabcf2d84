/** Flet's gallery: Slider, three examples. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "slider",
  name: "Slider",
  description:
    "A slider provides a visual indication of adjustable content, as well as the current setting in the total range of content.\n\nUse a slider when you want people to set defined values (such as volume or brightness), or when people would benefit from instant feedback on the effect of setting changes.",
  examples: [
    {
      name: "Basic sliders",
      example: () =>
        new ft.Column({
          controls: [
            new ft.Text("Default slider:"),
            new ft.Slider(),
            new ft.Text("Default disabled slider:"),
            new ft.Slider({ disabled: true }),
          ],
        }),
    },
    {
      name: "Sliders with values",
      example: () =>
        new ft.Column({
          controls: [
            new ft.Text("Slider with value:"),
            new ft.Slider({ value: 0.3 }),
            new ft.Text("Slider with a custom range and label:"),
            new ft.Slider({ min: 0, max: 100, divisions: 10, label: "{value}%" }),
          ],
        }),
    },
    {
      name: "Slider with `change` event",
      example: () => {
        const t = new ft.Text();
        return new ft.Column({
          controls: [
            new ft.Text("Slider with 'on_change' event:"),
            new ft.Slider({
              min: 0,
              max: 100,
              divisions: 10,
              label: "{value}%",
              onChange: (e) => {
                t.value = `Slider changed to ${e.control.value}`;
                t.update();
              },
            }),
            t,
          ],
        });
      },
    },
  ],
};
