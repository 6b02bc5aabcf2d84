/**
 * Search: a SearchBar whose view lists the colours matching what the user types; picking
 * one closes the view with its name, Enter submits the text.
 */
import * as ft from "flet-ts";

export const title = "Search";
export const description = "A search bar with a view of suggestions filtered as you type.";
export const controls = ["SearchBar"] as const;

const COLOURS = [
  "Amber",
  "Blue",
  "Blue grey",
  "Brown",
  "Cyan",
  "Deep orange",
  "Deep purple",
  "Green",
  "Indigo",
  "Light blue",
  "Lime",
  "Orange",
  "Pink",
  "Purple",
  "Red",
  "Teal",
];

export function main(page: ft.Page): void {
  page.title = title;
  const status = new ft.Text("Nothing picked yet.");
  const suggestion = (name: string) =>
    new ft.ListTile({
      title: new ft.Text(name),
      leading: new ft.Icon(ft.icons.PALETTE_OUTLINED),
      onClick: () => {
        status.value = `Picked ${name}.`;
        void bar.closeView(name);
      },
    });
  const bar: ft.SearchBar = new ft.SearchBar(COLOURS.map(suggestion), {
    barHintText: "Search colours",
    viewHintText: "Type a colour",
    barLeading: new ft.Icon(ft.icons.SEARCH),
    barTrailing: [new ft.IconButton(ft.icons.MIC_NONE, { tooltip: "Voice search" })],
    onChange: (e) => {
      const text = String(e.data ?? "").toLowerCase();
      bar.controls = COLOURS.filter((name) => name.toLowerCase().includes(text)).map(suggestion);
    },
    onSubmit: (e) => {
      status.value = `Searched for "${String(e.data)}".`;
    },
  });
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    bar,
    status,
    new ft.Row([new ft.OutlinedButton("Open the view", { onClick: () => void bar.openView() })]),
  );
}
