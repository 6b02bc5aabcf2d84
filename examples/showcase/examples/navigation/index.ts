/**
 * The Navigation group of Flet's Controls Gallery.
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";

export const group: GalleryGroup = {
  slug: "navigation",
  label: "Navigation",
  icon: ft.icons.MENU_SHARP,
  selectedIcon: ft.icons.MENU_SHARP,
  description: "App bars, navigation bars, rails, drawers and menus.",
  controls: [],
};
