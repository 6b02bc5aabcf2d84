/**
 * The seed's async-first example: a plain handler and an `async` one in the same app.
 * Both just call `page.add(...)`; no `await`, no `*Async` twins. The sync handler's text
 * appears at once; the async one's after 3 seconds, without blocking anyone else.
 */
import * as ft from "flet-ts";

export const title = "Sync and async handlers";
export const description = "A plain and an async event handler in one app.";

export function main(page: ft.Page): void {
  const handler = () => {
    page.add(new ft.Text("Handler clicked"));
  };

  const handlerAsync = async () => {
    await ft.sleep(3000);
    page.add(new ft.Text("Async handler clicked"));
  };

  page.add(
    new ft.ElevatedButton("Call handler", { onClick: handler }),
    new ft.ElevatedButton("Call async handler", { onClick: handlerAsync }),
  );
}
