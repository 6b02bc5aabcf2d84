/**
 * What Flet's examples `print`, the showcase shows: a snack bar with the message.
 * @module
 */
import * as ft from "flet-ts";

/** Shows `message` in a snack bar at the bottom of the page (Flet's examples print it). */
export function notify(page: ft.Page, message: string): void {
  page.showSnackBar(new ft.SnackBar(new ft.Text(message)));
}
