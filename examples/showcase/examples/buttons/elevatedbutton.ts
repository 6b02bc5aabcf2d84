/** Flet's gallery: ElevatedButton, seven examples. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "elevatedbutton",
  name: "ElevatedButton",
  description:
    "Elevated buttons are essentially filled tonal buttons with a shadow. To prevent shadow creep, only use them when absolutely necessary, such as when the button requires visual separation from a patterned background.",
  examples: [
    {
      name: "Basic ElevatedButtons",
      example: () =>
        new ft.Column({
          controls: [
            new ft.ElevatedButton({ text: "Elevated button" }),
            new ft.ElevatedButton("Disabled button", { disabled: true }),
          ],
        }),
    },
    {
      name: "ElevatedButtons with icons",
      example: () =>
        new ft.Column({
          controls: [
            new ft.ElevatedButton("Button with icon", { icon: ft.icons.CHAIR_OUTLINED }),
            new ft.ElevatedButton("Button with colorful icon", {
              icon: ft.icons.PARK_ROUNDED,
              iconColor: ft.colors.GREEN_400,
            }),
          ],
        }),
    },
    {
      name: "ElevatedButton with 'click' event",
      example: () => {
        let clicks = 0;
        const t = new ft.Text();
        const b = new ft.ElevatedButton("Button with 'click' event", {
          onClick: () => {
            clicks += 1;
            t.value = `Button clicked ${clicks} time(s)`;
            t.update();
          },
        });
        return new ft.Column({ controls: [b, t] });
      },
    },
    {
      name: "ElevatedButtons with custom content",
      example: () =>
        new ft.Column({
          controls: [
            new ft.ElevatedButton({
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
            new ft.ElevatedButton({
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
          ],
        }),
    },
    {
      name: "ElevatedButton with url",
      example: () =>
        new ft.Column({
          controls: [
            new ft.ElevatedButton("Button with Google url", { url: "https://google.com" }),
            new ft.Text(),
          ],
        }),
    },
    {
      name: "ElevatedButton with style attributes configured for different ControlState values",
      example: () =>
        new ft.ElevatedButton("Styled button 1", {
          style: {
            color: {
              [ft.MaterialState.HOVERED]: ft.colors.WHITE,
              [ft.MaterialState.FOCUSED]: ft.colors.BLUE,
              [ft.MaterialState.DEFAULT]: ft.colors.BLACK,
            },
            bgcolor: {
              [ft.MaterialState.FOCUSED]: ft.colors.PINK_200,
              [ft.MaterialState.DEFAULT]: ft.colors.YELLOW,
            },
            padding: { [ft.MaterialState.HOVERED]: 20 },
            overlayColor: ft.colors.TRANSPARENT,
            elevation: { [ft.MaterialState.PRESSED]: 0, [ft.MaterialState.DEFAULT]: 1 },
            animationDuration: 500,
            side: {
              [ft.MaterialState.DEFAULT]: ft.borderSide(1, ft.colors.BLUE),
              [ft.MaterialState.HOVERED]: ft.borderSide(2, ft.colors.BLUE),
            },
            shape: {
              [ft.MaterialState.HOVERED]: ft.shapes.roundedRectangle(20),
              [ft.MaterialState.DEFAULT]: ft.shapes.roundedRectangle(2),
            },
          },
        }),
    },
    {
      name: "ElevatedButtons of different shapes",
      example: () =>
        new ft.Column({
          controls: [
            new ft.ElevatedButton("Stadium", { style: { shape: ft.shapes.stadium() } }),
            new ft.ElevatedButton("Rounded rectangle", {
              style: { shape: ft.shapes.roundedRectangle(10) },
            }),
            new ft.ElevatedButton("Continuous rectangle", {
              style: { shape: ft.shapes.continuousRectangle(30) },
            }),
            new ft.ElevatedButton("Beveled rectangle", {
              style: { shape: ft.shapes.beveledRectangle(10) },
            }),
            new ft.ElevatedButton("Circle", { style: { shape: ft.shapes.circle(), padding: 30 } }),
          ],
        }),
    },
  ],
};
