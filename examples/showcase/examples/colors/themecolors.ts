import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

/** Flet's 30 theme colours; `dark` ones get light text. */
const THEME_COLORS: readonly (readonly [string, boolean])[] = [
  ["PRIMARY", false],
  ["ON_PRIMARY", false],
  ["PRIMARY_CONTAINER", false],
  ["ON_PRIMARY_CONTAINER", true],
  ["SECONDARY", false],
  ["ON_SECONDARY", false],
  ["SECONDARY_CONTAINER", false],
  ["ON_SECONDARY_CONTAINER", true],
  ["TERTIARY", false],
  ["ON_TERTIARY", false],
  ["TERTIARY_CONTAINER", false],
  ["ON_TERTIARY_CONTAINER", true],
  ["ERROR", false],
  ["ON_ERROR", false],
  ["ERROR_CONTAINER", false],
  ["ON_ERROR_CONTAINER", true],
  ["OUTLINE", false],
  ["OUTLINE_VARIANT", true],
  ["BACKGROUND", false],
  ["ON_BACKGROUND", true],
  ["SURFACE", false],
  ["ON_SURFACE", true],
  ["SURFACE_TINT", false],
  ["SURFACE_VARIANT", false],
  ["ON_SURFACE_VARIANT", true],
  ["INVERSE_SURFACE", true],
  ["ON_INVERSE_SURFACE", false],
  ["INVERSE_PRIMARY", false],
  ["SHADOW", true],
  ["SCRIM", true],
];
const COLORS = ft.colors as unknown as Record<string, string>;

export const control: GalleryControl = {
  slug: "themecolors",
  name: "Theme colors",
  description:
    "A set of 30 colors based on the Material 3 color system that can be used to configure the color properties of most controls.",
  examples: [
    {
      name: "Theme colors",
      example: (page) => {
        const copyToClipboard = (name: string) => {
          void page.setClipboard(`ft.colors.${name}`);
          page.showSnackBar(new ft.SnackBar(new ft.Text(`Copied to clipboard: ft.colors.${name}`)));
        };
        return new ft.Container({
          borderRadius: 10,
          content: new ft.Column(
            THEME_COLORS.filter(([name]) => COLORS[name] !== undefined).map(
              ([name, dark]) =>
                new ft.Container(
                  new ft.Text(name, { color: dark ? ft.colors.SURFACE : ft.colors.ON_SURFACE }),
                  {
                    height: 50,
                    bgcolor: COLORS[name],
                    alignment: ft.alignment.center,
                    onClick: () => copyToClipboard(name),
                  },
                ),
            ),
            { spacing: 0 },
          ),
        });
      },
    },
    {
      name: "Customize Theme colors",
      example: (page) =>
        new ft.FilledButton("Set Primary Color to GREEN", {
          onClick: () => {
            page.theme = { ...page.theme, colorScheme: { primary: ft.colors.GREEN } };
          },
        }),
    },
  ],
};
