/**
 * Placeholder for the Input group: its controls are translated on another branch, which
 * replaces this file.
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";

export const group: GalleryGroup = {
  slug: "input",
  label: "Input",
  icon: ft.icons.INPUT_SHARP,
  selectedIcon: ft.icons.INPUT_OUTLINED,
  description: "Controls that take the user's input: fields, checkboxes, switches, sliders.",
  controls: [],
};
