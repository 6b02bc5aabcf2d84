/**
 * Layout and display: a Stack with positioned children, dividers, a SafeArea with its
 * minimum insets, images in each fit, and progress bars and rings, determinate or not.
 */
import * as ft from "flet-ts";

export const title = "Layout and display";
export const description = "Stack, dividers, SafeArea, images and progress indicators.";
export const controls = [
  "Stack",
  "Divider",
  "VerticalDivider",
  "SafeArea",
  "Image",
  "ProgressBar",
  "ProgressRing",
] as const;

/** A small picture made here (no download): a sunset in an SVG data URL. */
const SUNSET = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="100"><rect width="160" height="100" fill="#ffb56b"/><circle cx="80" cy="70" r="28" fill="#ca485c"/><rect y="70" width="160" height="30" fill="#5b0060"/></svg>',
)}`;

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const heading = (text: string) =>
    new ft.Text(text, { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM });
  const box = (label: string, color: string, options: ft.ControlOptions<ft.Container> = {}) =>
    new ft.Container(new ft.Text(label, { color: ft.colors.WHITE }), {
      width: 64,
      height: 64,
      bgcolor: color,
      borderRadius: 8,
      alignment: ft.alignment.center,
      ...options,
    });

  let percent = 40;
  const bar = new ft.ProgressBar({ value: percent / 100, width: 240 });
  const ring = new ft.ProgressRing({ value: percent / 100 });
  const shown = new ft.Text(`${percent}%`);
  const step = (by: number) => {
    percent = Math.min(100, Math.max(0, percent + by));
    bar.value = ring.value = percent / 100;
    shown.value = `${percent}%`;
  };

  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    heading("Stack"),
    new ft.Stack(
      [
        new ft.Container({
          width: 220,
          height: 140,
          bgcolor: ft.colors.SURFACE_VARIANT,
          borderRadius: 12,
        }),
        box("Top left", ft.colors.INDIGO_700, { left: 8, top: 8 }),
        box("Right", ft.colors.TEAL_700, { right: 8, top: 38 }),
        box("Bottom", ft.colors.DEEP_ORANGE_900, { left: 78, bottom: 8 }),
      ],
      { width: 220, height: 140 },
    ),
    heading("Dividers"),
    new ft.Column([new ft.Text("Above"), new ft.Divider({ thickness: 2 }), new ft.Text("Below")], {
      width: 240,
      spacing: 0,
    }),
    new ft.Row(
      [
        new ft.Text("Left"),
        new ft.VerticalDivider({ width: 24, thickness: 2 }),
        new ft.Text("Right"),
      ],
      { height: 40 },
    ),
    heading("SafeArea"),
    new ft.Text(
      "Its content keeps clear of notches and system bars, and at least 16 px from each edge.",
    ),
    new ft.Container(
      new ft.SafeArea(
        new ft.Container(new ft.Text("Safe content"), {
          bgcolor: ft.colors.PRIMARY_CONTAINER,
          padding: 8,
          borderRadius: 6,
        }),
        { minimum: 16 },
      ),
      { border: ft.border.all(1, ft.colors.OUTLINE), borderRadius: 8, width: 240 },
    ),
    heading("Image"),
    new ft.Row(
      [ft.ImageFit.CONTAIN, ft.ImageFit.COVER, ft.ImageFit.FILL].map(
        (fit) =>
          new ft.Column(
            [
              new ft.Image({
                src: SUNSET,
                width: 120,
                height: 120,
                fit,
                semanticsLabel: `A sunset, ${fit}`,
                borderRadius: 8,
              }),
              new ft.Text(fit),
            ],
            { horizontalAlignment: ft.CrossAxisAlignment.CENTER },
          ),
      ),
      { wrap: true, spacing: 16 },
    ),
    heading("Progress"),
    new ft.Row([bar, ring, shown], {
      verticalAlignment: ft.CrossAxisAlignment.CENTER,
      spacing: 16,
    }),
    new ft.Row([
      new ft.OutlinedButton("Less", { icon: ft.icons.REMOVE, onClick: () => step(-10) }),
      new ft.OutlinedButton("More", { icon: ft.icons.ADD, onClick: () => step(10) }),
    ]),
    new ft.Text("Indeterminate (no value): work of unknown length."),
    new ft.Row(
      [new ft.ProgressBar({ width: 240 }), new ft.ProgressRing({ width: 24, height: 24 })],
      {
        verticalAlignment: ft.CrossAxisAlignment.CENTER,
        spacing: 16,
      },
    ),
  );
}
