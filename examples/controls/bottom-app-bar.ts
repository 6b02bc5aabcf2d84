/**
 * Bottom app bar: actions at the bottom of the view and a floating action button docked
 * in its notch (circular or following the button's shape), or floating above it.
 */
import * as ft from "flet-ts";

export const title = "Bottom app bar";
export const description = "A bottom app bar with a docked button in its notch.";
export const controls = ["BottomAppBar", "FloatingActionButton"] as const;

export function main(page: ft.Page): void {
  page.title = title;
  const status = new ft.Text("Press an action.");
  const act = (name: string) => () => {
    status.value = `${name} pressed`;
  };
  const bar = new ft.BottomAppBar(
    new ft.Row([
      new ft.IconButton(ft.icons.MENU, { tooltip: "Menu", onClick: act("Menu") }),
      new ft.IconButton(ft.icons.SEARCH, { tooltip: "Search", onClick: act("Search") }),
      new ft.IconButton(ft.icons.FAVORITE_BORDER, {
        tooltip: "Favourites",
        onClick: act("Favourites"),
      }),
    ]),
    { shape: ft.NotchShape.CIRCULAR },
  );
  page.bottomAppbar = bar;
  const fab = new ft.FloatingActionButton({
    icon: ft.icons.ADD,
    tooltip: "Add",
    shape: { type: "circle" },
    onClick: act("Add"),
  });
  page.floatingActionButton = fab;
  page.floatingActionButtonLocation = ft.FloatingActionButtonLocation.CENTER_DOCKED;
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    status,
    new ft.RadioGroup(
      new ft.Row(
        [
          new ft.Radio({ value: "circular", label: "Circular notch" }),
          new ft.Radio({ value: "auto", label: "Notch like the button" }),
          new ft.Radio({ value: "none", label: "No notch" }),
        ],
        { wrap: true },
      ),
      {
        value: "circular",
        onChange: (e) => {
          const shape = e.control.value;
          bar.shape = shape === "circular" || shape === "auto" ? shape : undefined;
        },
      },
    ),
    new ft.RadioGroup(
      new ft.Row(
        [
          new ft.Radio({ value: "centerDocked", label: "Docked, centre" }),
          new ft.Radio({ value: "endDocked", label: "Docked, end" }),
          new ft.Radio({ value: "endFloat", label: "Floating" }),
        ],
        { wrap: true },
      ),
      {
        value: "centerDocked",
        onChange: (e) => {
          page.floatingActionButtonLocation = e.control.value as ft.FloatingActionButtonLocation;
        },
      },
    ),
    new ft.Switch({
      label: "Round button",
      value: true,
      onChange: (e) => {
        fab.shape = e.control.value ? { type: "circle" } : undefined;
      },
    }),
  );
}
