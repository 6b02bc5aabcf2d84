/**
 * The Displays group of Flet's Controls Gallery.
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";

export const group: GalleryGroup = {
  slug: "displays",
  label: "Displays",
  icon: ft.icons.INFO_OUTLINED,
  selectedIcon: ft.icons.INFO_SHARP,
  description: "Controls that show information: text, icons, images, markdown, progress.",
  controls: [],
};
