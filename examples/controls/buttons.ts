/**
 * Buttons: every Material button of Flet 0.21, enabled and disabled, with and without an
 * icon, each counting its clicks.
 */
import * as ft from "flet-ts";

export const title = "Buttons";
export const description = "Elevated, filled, tonal, outlined, text, icon and floating buttons.";
export const controls = [
  "ElevatedButton",
  "FilledButton",
  "FilledTonalButton",
  "OutlinedButton",
  "TextButton",
  "IconButton",
  "FloatingActionButton",
] as const;

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const clicks = new ft.Text("No button pressed yet.");
  const pressed = (name: string) => () => {
    clicks.value = `${name} pressed`;
    clicks.update();
  };
  const row = (make: (disabled: boolean) => ft.Control[]) =>
    new ft.Row({ wrap: true, spacing: 12, controls: [...make(false), ...make(true)] });
  page.floatingActionButton = new ft.FloatingActionButton({
    icon: ft.icons.ADD,
    tooltip: "Add",
    onClick: pressed("FloatingActionButton"),
  });
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    clicks,
    row((disabled) => [
      new ft.ElevatedButton(disabled ? "Elevated (disabled)" : "Elevated", {
        disabled,
        onClick: pressed("ElevatedButton"),
      }),
      new ft.ElevatedButton("With icon", {
        icon: ft.icons.SEND,
        disabled,
        onClick: pressed("ElevatedButton with icon"),
      }),
    ]),
    row((disabled) => [
      new ft.FilledButton(disabled ? "Filled (disabled)" : "Filled", {
        disabled,
        onClick: pressed("FilledButton"),
      }),
      new ft.FilledTonalButton(disabled ? "Tonal (disabled)" : "Tonal", {
        disabled,
        onClick: pressed("FilledTonalButton"),
      }),
    ]),
    row((disabled) => [
      new ft.OutlinedButton(disabled ? "Outlined (disabled)" : "Outlined", {
        disabled,
        onClick: pressed("OutlinedButton"),
      }),
      new ft.TextButton(disabled ? "Text (disabled)" : "Text", {
        disabled,
        onClick: pressed("TextButton"),
      }),
    ]),
    row((disabled) => [
      new ft.IconButton({
        icon: ft.icons.FAVORITE_BORDER,
        selectedIcon: ft.icons.FAVORITE,
        tooltip: disabled ? "Favourite (disabled)" : "Favourite",
        disabled,
        onClick: pressed("IconButton"),
      }),
      new ft.IconButton({
        icon: ft.icons.DELETE_OUTLINE,
        tooltip: disabled ? "Delete (disabled)" : "Delete",
        disabled,
        onClick: pressed("IconButton delete"),
      }),
    ]),
  );
}
