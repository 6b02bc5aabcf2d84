/** Flet's gallery: SearchBar. Flet's `print` in the handlers becomes a line of text. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "searchbar",
  name: "SearchBar",
  description:
    "A Material Design search bar. It visually looks like a TextField with the difference that, tapping on it opens a search view.",
  examples: [
    {
      name: "SearchBar example",
      example: () => {
        const log = new ft.Text();
        const say = (message: string) => {
          log.value = message;
          log.update();
        };
        const anchor: ft.SearchBar = new ft.SearchBar({
          viewElevation: 4,
          dividerColor: ft.colors.AMBER,
          barHintText: "Search colors...",
          viewHintText: "Choose a color from the suggestions...",
          onChange: (e) => say(`handle_change e.data: ${e.data}`),
          onSubmit: (e) => say(`handle_submit e.data: ${e.data}`),
          onTap: () => say("handle_tap"),
          controls: Array.from(
            { length: 10 },
            (_, i) =>
              new ft.ListTile({
                title: new ft.Text(`Color ${i}`),
                onClick: () => {
                  const text = `Color ${i}`;
                  say(`closing view from ${text}`);
                  return anchor.closeView(text);
                },
              }),
          ),
        });
        return new ft.Column({
          controls: [
            new ft.Row({
              alignment: ft.MainAxisAlignment.CENTER,
              controls: [
                new ft.OutlinedButton("Open Search View", { onClick: () => anchor.openView() }),
              ],
            }),
            anchor,
            log,
          ],
        });
      },
    },
  ],
};
