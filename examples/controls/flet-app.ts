/**
 * Embedded app: FletApp showing another page of this gallery (the buttons page) by its
 * address relative to this one, `../buttons/`. The embedded page is its own app with its
 * own session, in an iframe; try its buttons. (Served alone, outside the gallery, this
 * page has no sibling to embed.)
 */
import * as ft from "flet-ts";

export const title = "Embedded app";
export const description = "FletApp: another page of this gallery, embedded by its address.";
export const controls = ["FletApp"] as const;

export function main(page: ft.Page): void {
  page.title = title;
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    new ft.Text("The buttons page of this gallery, embedded from ../buttons/ as its own app:"),
    new ft.FletApp("../buttons/", { expand: true }),
  );
}
