/**
 * Placeholder for the Buttons group: its controls are translated on another branch, which
 * replaces this file.
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";

export const group: GalleryGroup = {
  slug: "buttons",
  label: "Buttons",
  icon: ft.icons.SMART_BUTTON_SHARP,
  selectedIcon: ft.icons.SMART_BUTTON_SHARP,
  description: "Buttons of every kind: elevated, filled, outlined, text, icon and floating.",
  controls: [],
};
