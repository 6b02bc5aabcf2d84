/**
 * The seed's app lifecycle example: the page learns when the app is shown, hidden,
 * paused or resumed, and lists the states it saw.
 */
import * as ft from "flet-ts";

export const title = "App lifecycle";
export const description = "page.onAppLifecycleStateChange lists every state change.";

export function main(page: ft.Page): void {
  const states = new ft.Column();
  page.onAppLifecycleStateChange = (e) => {
    states.controls.push(new ft.Text(`${new Date().toISOString().slice(11, 19)} ${e.state}`));
  };
  page.add(
    new ft.Text("Switch tabs or minimise the window, then come back.", { size: 16 }),
    states,
  );
}
