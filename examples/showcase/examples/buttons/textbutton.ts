/** Flet's gallery: TextButton, four examples. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "textbutton",
  name: "TextButton",
  description:
    "Text buttons are used for the lowest priority actions, especially when presenting multiple options. Text buttons can be placed on a variety of backgrounds. Until the button is interacted with, its container isn’t visible.",
  examples: [
    {
      name: "Basic TextButtons",
      example: () =>
        new ft.Column([
          new ft.TextButton({ text: "Text button" }),
          new ft.TextButton("Disabled button", { disabled: true }),
        ]),
    },
    {
      name: "TextButtons with icons",
      example: () =>
        new ft.Column([
          new ft.TextButton("Button with icon", { icon: ft.icons.CHAIR_OUTLINED }),
          new ft.TextButton("Button with colorful icon", {
            icon: ft.icons.PARK_ROUNDED,
            iconColor: ft.colors.GREEN_400,
          }),
        ]),
    },
    {
      name: "TextButtons with `click` event",
      example: () => {
        let clicks = 0;
        const t = new ft.Text();
        const b = new ft.TextButton("Button with 'click' event", {
          onClick: () => {
            clicks += 1;
            t.value = `Button clicked ${clicks} time(s)`;
            t.update();
          },
        });
        return new ft.Column([b, t]);
      },
    },
    {
      name: "TextButtons with custom content",
      example: () =>
        new ft.Column([
          new ft.TextButton({
            width: 150,
            content: new ft.Row(
              [
                new ft.Icon(ft.icons.FAVORITE, { color: ft.colors.PINK }),
                new ft.Icon(ft.icons.AUDIOTRACK, { color: ft.colors.GREEN }),
                new ft.Icon(ft.icons.BEACH_ACCESS, { color: ft.colors.BLUE }),
              ],
              { alignment: ft.MainAxisAlignment.SPACE_AROUND },
            ),
          }),
          new ft.TextButton({
            content: new ft.Container({
              content: new ft.Column(
                [
                  new ft.Text("Compound button", { size: 20 }),
                  new ft.Text("This is secondary text"),
                ],
                { alignment: ft.MainAxisAlignment.CENTER, spacing: 5 },
              ),
              padding: ft.padding.all(10),
            }),
          }),
        ]),
    },
  ],
};
