import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

/** A palette colour: its constant's name and its value. */
interface Swatch {
  readonly displayName: string;
  readonly accent: boolean;
}

const WHITE_SHADES = ["10", "12", "24", "30", "38", "54", "70"];
const BLACK_SHADES = ["12", "26", "38", "45", "54", "87"];
const NO_ACCENT = new Set(["BROWN", "GREY", "BLUE_GREY"]);
const SWATCHES: Swatch[] = [
  ...ft.SWATCHES.map((displayName) => ({ displayName, accent: !NO_ACCENT.has(displayName) })),
  { displayName: "WHITE", accent: false },
  { displayName: "BLACK", accent: false },
];
const COLORS = ft.colors as unknown as Record<string, string>;

/** The constant names of a swatch's colours, in Flet's order. */
function colorNames(swatch: Swatch): string[] {
  const name = swatch.displayName;
  if (name === "WHITE") return [name, ...WHITE_SHADES.map((shade) => `${name}${shade}`)];
  if (name === "BLACK") return [name, ...BLACK_SHADES.map((shade) => `${name}${shade}`)];
  return [
    name,
    ...ft.SHADES.map((shade) => `${name}_${shade}`),
    ...(swatch.accent ? ft.ACCENT_SHADES.map((shade) => `${name}_ACCENT_${shade}`) : []),
  ];
}

export const control: GalleryControl = {
  slug: "colorpalettes",
  name: "Color palettes",
  description:
    "These color palettes, originally created by Material Design in 2014, are comprised of colors designed to work together harmoniously, and can be used to develop your brand palette.",
  examples: [
    {
      name: "Color palettes",
      example: (page) => {
        const copyToClipboard = (name: string) => {
          void page.setClipboard(`ft.colors.${name}`);
          page.showSnackBar(new ft.SnackBar(new ft.Text(`Copied to clipboard: ft.colors.${name}`)));
        };
        return new ft.ResponsiveRow({
          runSpacing: 10,
          verticalAlignment: ft.CrossAxisAlignment.START,
          controls: SWATCHES.map(
            (swatch) =>
              new ft.Column(
                [
                  new ft.Container(
                    new ft.Column(
                      colorNames(swatch)
                        .filter((name) => COLORS[name] !== undefined)
                        .map(
                          (name) =>
                            new ft.Container(new ft.Text(name, { weight: ft.FontWeight.W_500 }), {
                              height: 50,
                              alignment: ft.alignment.center,
                              bgcolor: COLORS[name],
                              onClick: () => copyToClipboard(name),
                            }),
                        ),
                      { spacing: 0 },
                    ),
                    { borderRadius: 10 },
                  ),
                ],
                { col: { sm: 6, md: 4, xl: 2 } },
              ),
          ),
        });
      },
    },
  ],
};
