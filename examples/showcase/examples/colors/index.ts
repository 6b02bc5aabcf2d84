/**
 * The Colors group of Flet's Controls Gallery.
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";
import { control as colorpalettes } from "./colorpalettes.js";
import { control as controlcolors } from "./controlcolors.js";
import { control as themecolors } from "./themecolors.js";

export const group: GalleryGroup = {
  slug: "colors",
  label: "Colors",
  icon: ft.icons.FORMAT_PAINT_OUTLINED,
  selectedIcon: ft.icons.FORMAT_PAINT_SHARP,
  description: "Colours, palettes and themes.",
  controls: [colorpalettes, themecolors, controlcolors],
};
