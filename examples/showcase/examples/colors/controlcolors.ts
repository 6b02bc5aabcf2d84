import * as ft from "flet-ts";
import { notify } from "../../feedback.js";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "controlcolors",
  name: "Using colors",
  description: "Examples of controls color properties defined on different levels.",
  examples: [
    {
      name: "Change container bgcolor property",
      example: (page) => {
        const container = new ft.Container({
          width: 200,
          height: 200,
          border: ft.border.all(1, ft.colors.BLACK),
        });
        const newColor = new ft.TextField({
          label: "Hex value in format #AARRGGBB or #RRGGBB",
          width: 500,
        });
        return new ft.Column([
          container,
          new ft.Row(
            [
              newColor,
              new ft.FilledButton("Change container bgcolor", {
                onClick: () => {
                  try {
                    container.bgcolor = newColor.value || undefined;
                  } catch (error) {
                    notify(page, (error as Error).message);
                  }
                  newColor.value = "";
                },
              }),
            ],
            { wrap: true },
          ),
        ]);
      },
    },
    {
      name: "Change container theme colors",
      example: () => {
        const container = new ft.Container({
          width: 200,
          height: 200,
          border: ft.border.all(1, ft.colors.BLACK),
          content: new ft.FilledButton("Primary color"),
        });
        const primaryColor = new ft.TextField({ label: "Primary color value", width: 500 });
        return new ft.Column([
          container,
          new ft.Row(
            [
              primaryColor,
              new ft.FilledButton("Change Primary color in Container", {
                onClick: () => {
                  container.theme = { colorScheme: { primary: primaryColor.value ?? "" } };
                  primaryColor.value = "";
                },
              }),
            ],
            { wrap: true },
          ),
        ]);
      },
    },
    {
      name: "Nested Themes",
      example: () =>
        new ft.Container({
          theme: { colorSchemeSeed: ft.colors.YELLOW },
          themeMode: ft.ThemeMode.LIGHT,
          content: new ft.Column([
            // Outside container theme.
            new ft.Container(new ft.ElevatedButton("Outside Container theme button"), {
              bgcolor: ft.colors.SURFACE,
              padding: 20,
              width: 300,
            }),
            // Inherited theme with primary color overridden.
            new ft.Container(new ft.ElevatedButton("Inherited theme button"), {
              theme: { colorScheme: { primary: ft.colors.PINK } },
              bgcolor: ft.colors.SURFACE,
              padding: 20,
              width: 300,
            }),
            // Unique always DARK theme.
            new ft.Container(new ft.ElevatedButton("Unique theme button"), {
              theme: { colorSchemeSeed: ft.colors.INDIGO },
              themeMode: ft.ThemeMode.DARK,
              bgcolor: ft.colors.SURFACE,
              padding: 20,
              width: 300,
            }),
          ]),
        }),
    },
  ],
};
