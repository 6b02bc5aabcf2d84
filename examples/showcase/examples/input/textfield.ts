/** Flet's gallery: TextField, six examples. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "textfield",
  name: "TextField",
  description:
    "A material design text field.\n\nA text field lets the user enter text, either with hardware keyboard or with an onscreen keyboard.",
  examples: [
    {
      name: "Basic TextFields",
      example: () => {
        const t = new ft.Text();
        const tb1 = new ft.TextField({ label: "Standard" });
        const tb2 = new ft.TextField({ label: "Disabled", disabled: true, value: "First name" });
        const tb3 = new ft.TextField({ label: "Read-only", readOnly: true, value: "Last name" });
        const tb4 = new ft.TextField({
          label: "With placeholder",
          hintText: "Please enter text here",
        });
        const tb5 = new ft.TextField({ label: "With an icon", icon: ft.icons.EMOJI_EMOTIONS });
        const b = new ft.ElevatedButton({
          text: "Submit",
          onClick: () => {
            const values = [tb1, tb2, tb3, tb4, tb5].map((tb) => `'${tb.value ?? ""}'`);
            t.value = `Textboxes values are:  ${values.join(", ")}.`;
            t.update();
          },
        });
        return new ft.Column({ controls: [tb1, tb2, tb3, tb4, tb5, b, t] });
      },
    },
    {
      name: "TextField with `change` event",
      example: () => {
        const t = new ft.Text();
        const tb = new ft.TextField({
          label: "TextField with 'change' event:",
          onChange: (e) => {
            t.value = e.control.value;
            t.update();
          },
        });
        return new ft.Column({ controls: [tb, t] });
      },
    },
    {
      name: "Password with reveal button",
      example: () =>
        new ft.TextField({
          label: "Password with reveal button",
          password: true,
          canRevealPassword: true,
        }),
    },
    {
      name: "Multiline TextFields",
      example: () =>
        new ft.Column({
          controls: [
            new ft.TextField({ label: "standard", multiline: true }),
            new ft.TextField({
              label: "disabled",
              multiline: true,
              disabled: true,
              value: "line1\nline2\nline3\nline4\nline5",
            }),
            new ft.TextField({
              label: "Auto adjusted height with max lines",
              multiline: true,
              minLines: 1,
              maxLines: 3,
            }),
          ],
        }),
    },
    {
      name: "Underlined and borderless TextFields",
      example: () =>
        new ft.Column({
          controls: [
            new ft.TextField({
              label: "Underlined",
              border: ft.InputBorder.UNDERLINE,
              hintText: "Enter text here",
            }),
            new ft.TextField({
              label: "Underlined filled",
              border: ft.InputBorder.UNDERLINE,
              filled: true,
              hintText: "Enter text here",
            }),
            new ft.TextField({
              label: "Borderless",
              border: ft.InputBorder.NONE,
              hintText: "Enter text here",
            }),
            new ft.TextField({
              label: "Borderless filled",
              border: ft.InputBorder.NONE,
              filled: true,
              hintText: "Enter text here",
            }),
          ],
        }),
    },
    {
      name: "TextFields with prefixes and suffixes",
      example: () =>
        new ft.Column({
          controls: [
            new ft.TextField({ label: "With prefix", prefixText: "https://" }),
            new ft.TextField({ label: "With suffix", suffixText: ".com" }),
            new ft.TextField({
              label: "With prefix and suffix",
              prefixText: "https://",
              suffixText: ".com",
            }),
            new ft.TextField({
              label: "My favorite color",
              icon: ft.icons.FORMAT_SIZE,
              hintText: "Type your favorite color",
              helperText: "You can type only one color",
              counterText: "0 symbols typed",
              prefixIcon: ft.icons.COLOR_LENS,
              suffixText: "...is your color",
            }),
          ],
        }),
    },
  ],
};
