/**
 * Placeholder for the Dialogs group: its controls are translated on another branch, which
 * replaces this file.
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";

export const group: GalleryGroup = {
  slug: "dialogs",
  label: "Dialogs",
  icon: ft.icons.MESSAGE_OUTLINED,
  selectedIcon: ft.icons.MESSAGE_SHARP,
  description: "Dialogs, sheets, banners and snack bars.",
  controls: [],
};
