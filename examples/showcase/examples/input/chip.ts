/** Flet's gallery: Chip, assist and filter chips. */
import * as ft from "flet-ts";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "chip",
  name: "Chip",
  description: "Chips are compact elements that represent an attribute, text, entity, or action.",
  examples: [
    {
      name: "Assist chips",
      example: (page) => {
        const label = new ft.Text("Save to favourites");
        const saveToFavourites: ft.Chip = new ft.Chip({
          label,
          leading: new ft.Icon(ft.icons.FAVORITE_BORDER_OUTLINED),
          onClick: () => {
            label.value = "Saved to favorites";
            saveToFavourites.leading = new ft.Icon(ft.icons.FAVORITE_OUTLINED);
            saveToFavourites.disabled = true;
            saveToFavourites.update();
          },
        });
        const openInMaps = new ft.Chip({
          label: new ft.Text("9 min walk"),
          leading: new ft.Icon(ft.icons.MAP_SHARP),
          onClick: () => page.launchUrl("https://maps.google.com"),
        });
        return new ft.Row([saveToFavourites, openInMaps]);
      },
    },
    {
      name: "Filter chips",
      example: () => {
        const title = new ft.Row([new ft.Icon(ft.icons.HOTEL_CLASS), new ft.Text("Amenities")]);
        const amenities = ["Washer / Dryer", "Ramp access", "Dogs OK", "Cats OK", "Smoke-free"];
        const amenityChips = new ft.Row();
        for (const amenity of amenities) {
          amenityChips.controls.push(
            new ft.Chip({ label: new ft.Text(amenity), onSelect: () => amenityChips.update() }),
          );
        }
        return new ft.Column({ controls: [title, amenityChips] });
      },
    },
  ],
};
