/**
 * Flet's gallery: Checkbox, four examples. Flet's third and fourth examples also set
 * props that came after Flet 0.21 (`shape`, `splash_radius`, `border_side`, `is_error`,
 * `visual_density`, `mouse_cursor`, `semantics_label`, `badge`, and the label style's
 * `word_spacing`, `overflow`, `baseline`); flet-ts has Flet 0.21's Checkbox and
 * TextStyle, so those are left out. The label style's `foreground` paint is in Flet 0.21
 * but not yet in flet-ts's TextStyle, so it is left out too. Flet's `print` in the
 * handlers becomes a line of text under the checkbox.
 */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "checkbox",
  name: "Checkbox",
  description:
    "Checkbox allows to select one or more items from a group, or switch between two mutually exclusive options (checked or unchecked, on or off).",
  examples: [
    {
      name: "Basic checkboxes",
      example: () => {
        const t = new ft.Text();
        const c1 = new ft.Checkbox({ label: "Unchecked by default checkbox", value: false });
        const c2 = new ft.Checkbox({
          label: "Undefined by default tristate checkbox",
          tristate: true,
        });
        const c3 = new ft.Checkbox({ label: "Checked by default checkbox", value: true });
        const c4 = new ft.Checkbox({ label: "Disabled checkbox", disabled: true });
        const c5 = new ft.Checkbox({
          label: "Checkbox with rendered label_position='left'",
          labelPosition: ft.LabelPosition.LEFT,
        });
        const b = new ft.ElevatedButton({
          text: "Submit",
          onClick: () => {
            const values = [c1, c2, c3, c4, c5].map((c) => String(c.value ?? null));
            t.value = `Checkboxes values are:  ${values.join(", ")}.`;
            t.update();
          },
        });
        return new ft.Column({ controls: [c1, c2, c3, c4, c5, b, t] });
      },
    },
    {
      name: "Checkbox with `change` event",
      example: () => {
        const t = new ft.Text();
        const c = new ft.Checkbox({
          label: "Checkbox with 'change' event",
          onChange: () => {
            t.value = `Checkbox value changed to ${c.value}`;
            t.update();
          },
        });
        return new ft.Column({ controls: [c, t] });
      },
    },
    {
      name: "Checkbox with different properties",
      example: () => {
        const log = new ft.Text();
        const say = (message: string) => {
          log.value = message;
          log.update();
        };
        const checkbox = new ft.Checkbox({
          label: "Checkbox label",
          value: true,
          labelPosition: ft.LabelPosition.LEFT,
          labelStyle: { size: 20 },
          tristate: true,
          autofocus: true,
          fillColor: {
            [ft.MaterialState.HOVERED]: ft.colors.GREEN,
            [ft.MaterialState.FOCUSED]: ft.colors.RED,
            [ft.MaterialState.DEFAULT]: ft.colors.BLACK,
          },
          overlayColor: {
            [ft.MaterialState.HOVERED]: ft.colors.GREEN,
            [ft.MaterialState.FOCUSED]: ft.colors.RED,
            [ft.MaterialState.DEFAULT]: ft.colors.BLACK,
          },
          checkColor: ft.colors.GREEN_800,
          activeColor: ft.colors.GREEN_200,
          hoverColor: ft.colors.AMBER_300,
          focusColor: ft.colors.RED_200,
          onChange: () => say("Changed!"),
          onBlur: () => say("Blured!"),
          onFocus: () => say("Focused!"),
          expand: false,
          expandLoose: true,
          adaptive: false,
          width: 50,
          height: 50,
          opacity: 0.5,
          tooltip: "ToolTip",
        });
        return new ft.Column([checkbox, log]);
      },
    },
    {
      name: "Checkbox with different label_style properties",
      example: () =>
        new ft.Column([
          new ft.Checkbox({
            label: "Checkbox label",
            labelStyle: {
              size: 20,
              height: 10,
              weight: ft.FontWeight.BOLD,
              italic: true,
              decoration: ft.TextDecoration.OVERLINE,
              decorationColor: ft.colors.GREEN_300,
              decorationThickness: 5,
              decorationStyle: ft.TextDecorationStyle.WAVY,
              fontFamily: "Roboto Mono",
              color: ft.colors.ORANGE_300,
              bgcolor: ft.colors.GREEN_100,
              shadow: {
                spreadRadius: 5,
                blurRadius: 5,
                color: ft.colors.RED,
                offset: { x: 5, y: 5 },
                blurStyle: ft.ShadowBlurStyle.SOLID,
              },
              letterSpacing: 5,
            },
          }),
        ]),
    },
  ],
};
