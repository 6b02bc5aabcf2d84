/** Flet's gallery: OutlinedButton, four examples. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "outlinedbutton",
  name: "OutlinedButton",
  description:
    "Outlined buttons are medium-emphasis buttons. They contain actions that are important, but aren’t the primary action in an app. Outlined buttons pair well with filled buttons to indicate an alternative, secondary action.",
  examples: [
    {
      name: "Basic OutlinedButtons",
      example: () =>
        new ft.Column([
          new ft.OutlinedButton({ text: "Outlined button" }),
          new ft.OutlinedButton("Disabled button", { disabled: true }),
        ]),
    },
    {
      name: "OutlinedButtons with icons",
      example: () =>
        new ft.Column([
          new ft.OutlinedButton("Button with icon", { icon: ft.icons.CHAIR_OUTLINED }),
          new ft.OutlinedButton("Button with colorful icon", {
            icon: ft.icons.PARK_ROUNDED,
            iconColor: ft.colors.GREEN_400,
          }),
        ]),
    },
    {
      name: "OutlinedButton with `click` event",
      example: () => {
        let clicks = 0;
        const t = new ft.Text();
        const b = new ft.OutlinedButton("Button with 'click' event", {
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
      name: "OutlinedButtons with custom content",
      example: () =>
        new ft.Column([
          new ft.OutlinedButton({
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
          new ft.OutlinedButton({
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
