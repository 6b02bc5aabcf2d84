import * as ft from "flet-ts";
import { notify } from "../../feedback.js";
import type { GalleryControl } from "../../model.js";

const PROIN =
  "Proin rutrum, purus sit amet elementum volutpat, nunc lacus vulputate orci, cursus ultrices neque dui quis purus. Ut ultricies purus nec nibh bibendum, eget vestibulum metus varius. Duis convallis maximus justo, eu rutrum libero maximus id. Donec ullamcorper arcu in sapien molestie, non pellentesque tellus pellentesque. Nulla nec tristique ex. Maecenas euismod nisl enim, a convallis arcu laoreet at. Ut at tortor finibus, rutrum massa sit amet, pulvinar velit. Phasellus diam lorem, viverra vitae leo vitae, consequat suscipit lorem.";
const LOREM =
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Curabitur quis nibh vitae purus consectetur facilisis sed vitae ipsum. Quisque faucibus sed nulla placerat sagittis. Phasellus condimentum risus vitae nulla vestibulum auctor. Curabitur scelerisque, nibh eget imperdiet consequat, odio ante tempus diam, sed volutpat nisl erat eget turpis. Sed viverra, diam sit amet blandit vulputate, mi tellus dapibus lorem, vitae vehicula diam mauris placerat diam. Morbi sit amet pretium turpis, et consequat ligula. Nulla velit sem, suscipit sit amet dictum non, tincidunt sed nulla. Aenean pellentesque odio porttitor sagittis aliquam. Nam varius at metus vitae vulputate. Praesent faucibus nibh lorem, eu pretium dolor dictum nec. Phasellus eget dui laoreet, viverra magna vitae, pellentesque diam.";

const heading = (text: string) =>
  new ft.Text(text, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL });

export const control: GalleryControl = {
  slug: "text",
  name: "Text",
  description: "Text is a control for displaying text.",
  examples: [
    {
      name: "Custom text styles",
      example: () =>
        new ft.Column([
          new ft.Text("Size 10", { size: 10 }),
          new ft.Text("Size 30, Italic", { size: 20, color: "pink600", italic: true }),
          new ft.Text("Size 40, w100", {
            size: 40,
            color: ft.colors.WHITE,
            bgcolor: ft.colors.BLUE_600,
            weight: ft.FontWeight.W_100,
          }),
          new ft.Text("Size 50, Normal", {
            size: 50,
            color: ft.colors.WHITE,
            bgcolor: ft.colors.ORANGE_800,
            weight: ft.FontWeight.NORMAL,
          }),
          new ft.Text("Size 60, Bold, Italic", {
            size: 50,
            color: ft.colors.WHITE,
            bgcolor: ft.colors.GREEN_700,
            weight: ft.FontWeight.BOLD,
            italic: true,
          }),
          new ft.Text("Size 70, w900, selectable", {
            size: 70,
            weight: ft.FontWeight.W_900,
            selectable: true,
          }),
          heading("Limit long text to 1 line with ellipsis"),
          new ft.Text(PROIN, { maxLines: 1, overflow: ft.TextOverflow.ELLIPSIS }),
          heading("Limit long text to 2 lines and fading"),
          new ft.Text(LOREM, { maxLines: 2 }),
          heading("Limit the width and height of long text"),
          new ft.Text(LOREM, { width: 700, height: 100 }),
        ]),
    },
    {
      name: "Pre-defined theme text styles",
      example: () =>
        new ft.Column(
          (
            [
              ["Display Large", ft.TextThemeStyle.DISPLAY_LARGE],
              ["Display Medium", ft.TextThemeStyle.DISPLAY_MEDIUM],
              ["Display Small", ft.TextThemeStyle.DISPLAY_SMALL],
              ["Headline Large", ft.TextThemeStyle.HEADLINE_LARGE],
              ["Headline Medium", ft.TextThemeStyle.HEADLINE_MEDIUM],
              ["Headline Small", ft.TextThemeStyle.HEADLINE_SMALL],
              ["Title Large", ft.TextThemeStyle.TITLE_LARGE],
              ["Title Medium", ft.TextThemeStyle.TITLE_MEDIUM],
              ["Title Small", ft.TextThemeStyle.TITLE_SMALL],
              ["Label Large", ft.TextThemeStyle.LABEL_LARGE],
              ["Label Medium", ft.TextThemeStyle.LABEL_MEDIUM],
              ["Label Small", ft.TextThemeStyle.LABEL_SMALL],
              ["Body Large", ft.TextThemeStyle.BODY_LARGE],
              ["Body Medium", ft.TextThemeStyle.BODY_MEDIUM],
              ["Body Small", ft.TextThemeStyle.BODY_SMALL],
            ] as const
          ).map(([label, themeStyle]) => new ft.Text(label, { themeStyle })),
        ),
    },
    {
      name: "Font with variable weight",
      example: () => {
        // Flet loads the Roboto Slab font for this; the page's own font is used here.
        const t = new ft.Text("This is rendered with a variable weight", {
          size: 30,
          weight: ft.FontWeight.W_100,
        });
        return new ft.Column([
          t,
          new ft.Slider({
            min: 100,
            max: 900,
            divisions: 8,
            label: "{value}",
            width: 500,
            onChange: (e) => {
              t.weight = `w${Math.trunc(Number(e.control.value))}` as ft.FontWeight;
            },
          }),
        ]);
      },
    },
    {
      name: "Rich text basics",
      example: (page) =>
        new ft.Column([
          new ft.Text("Plain text with default style"),
          new ft.Text("Some text", {
            size: 30,
            spans: [
              new ft.TextSpan("here goes italic", {
                style: { italic: true, size: 20, color: ft.colors.GREEN },
                spans: [
                  new ft.TextSpan("bold and italic", { style: { weight: ft.FontWeight.BOLD } }),
                  new ft.TextSpan("just italic", {
                    spans: [new ft.TextSpan("smaller italic", { style: { size: 15 } })],
                  }),
                ],
              }),
            ],
          }),
          new ft.Text({
            disabled: false,
            spans: [
              new ft.TextSpan("underlined and clickable", {
                style: { decoration: ft.TextDecoration.UNDERLINE },
                onClick: (e) => notify(page, `Clicked span: ${e.control.uid}`),
              }),
              new ft.TextSpan(" "),
              new ft.TextSpan("underlined red wavy", {
                style: {
                  decoration: ft.TextDecoration.UNDERLINE,
                  decorationColor: ft.colors.RED,
                  decorationStyle: ft.TextDecorationStyle.WAVY,
                },
              }),
              new ft.TextSpan(" "),
              new ft.TextSpan("overlined blue", {
                style: { decoration: ft.TextDecoration.OVERLINE, decorationColor: "blue" },
              }),
              new ft.TextSpan(" "),
              new ft.TextSpan("overlined and underlined", {
                style: { decoration: ft.TextDecoration.OVERLINE | ft.TextDecoration.UNDERLINE },
              }),
              new ft.TextSpan(" "),
              new ft.TextSpan("line through thick", {
                style: { decoration: ft.TextDecoration.LINE_THROUGH, decorationThickness: 3 },
              }),
            ],
          }),
        ]),
    },
    {
      name: "Selectable Text controls",
      example: () =>
        new ft.Column([
          new ft.SelectionArea(
            new ft.Column([new ft.Text("Selectable text"), new ft.Text("Also selectable")]),
          ),
          new ft.Text("Not selectable"),
        ]),
    },
    {
      name: "Text with tooltip with a custom decoration",
      example: () =>
        new ft.Tooltip({
          message: "This is tooltip",
          content: new ft.Text("Hover to see tooltip"),
          padding: 20,
          borderRadius: 10,
          textStyle: { size: 20, color: ft.colors.WHITE },
          gradient: ft.linearGradient(
            [
              "#1f005c",
              "#5b0060",
              "#870160",
              "#ac255e",
              "#ca485c",
              "#e16b5c",
              "#f39060",
              "#ffb56b",
            ],
            {
              begin: ft.alignment.topLeft,
              end: { x: 0.8, y: 1 },
              tileMode: ft.TileMode.MIRROR,
              rotation: Math.PI / 3,
            },
          ),
        }),
    },
  ],
};
