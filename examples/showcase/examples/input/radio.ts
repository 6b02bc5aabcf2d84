/** Flet's gallery: Radio buttons in a RadioGroup. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

const colors = () =>
  new ft.Column([
    new ft.Radio({ value: "red", label: "Red" }),
    new ft.Radio({ value: "green", label: "Green" }),
    new ft.Radio({ value: "blue", label: "Blue" }),
  ]);

export const control: GalleryControl = {
  slug: "radio",
  name: "Radio",
  description: "Radio buttons let people select a single option from two or more choices.",
  examples: [
    {
      name: "Basic RadioGroup",
      example: () => {
        const t = new ft.Text();
        const cg = new ft.RadioGroup({ content: colors() });
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
    {
      name: "RadioGroup with `change` event",
      example: () => {
        const t = new ft.Text();
        const cg = new ft.RadioGroup({
          content: colors(),
          onChange: (e) => {
            t.value = `Your favorite color is:  ${e.control.value}`;
            t.update();
          },
        });
        return new ft.Column([new ft.Text("Select your favorite color:"), cg, t]);
      },
    },
  ],
};
