/**
 * Hello, world: the smallest flet-ts app.
 * Run: `npx tsx examples/hello.ts`.
 */
import * as ft from "flet-ts";

export const title = "Hello, world";
export const description = "The smallest app: one Text on a page.";

export function main(page: ft.Page): void {
  page.title = "Hello";
  page.add(new ft.Text("Hello, world!", { size: 30 }));
}
