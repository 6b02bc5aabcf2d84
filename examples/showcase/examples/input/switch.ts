/** Flet's gallery: Switch. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "switch",
  name: "Switch",
  description:
    'A toggle represents a physical switch that allows someone to choose between two mutually exclusive options.\n\nFor example, "On/Off", "Show/Hide". Choosing an option should produce an immediate result.',
  examples: [
    {
      name: "Basic switches",
      example: () => {
        const t = new ft.Text();
        const c1 = new ft.Switch({ label: "Unchecked switch", value: false });
        const c2 = new ft.Switch({ label: "Checked switch", value: true });
        const c3 = new ft.Switch({ label: "Disabled switch", disabled: true });
        const c4 = new ft.Switch({
          label: "Switch with rendered label_position='left'",
          labelPosition: ft.LabelPosition.LEFT,
        });
        const b = new ft.ElevatedButton({
          text: "Submit",
          onClick: () => {
            const values = [c1, c2, c3, c4].map((c) => String(c.value ?? false));
            t.value = `Switch values are:  ${values.join(", ")}.`;
            t.update();
          },
        });
        return new ft.Column({ controls: [c1, c2, c3, c4, b, t] });
      },
    },
  ],
};
