/**
 * Placeholder for the Utility group: its controls are translated on another branch, which
 * replaces this file.
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";

export const group: GalleryGroup = {
  slug: "utility",
  label: "Utility",
  icon: ft.icons.PAN_TOOL_OUTLINED,
  selectedIcon: ft.icons.PAN_TOOL_SHARP,
  description: "Gestures, drag and drop, and other helpers.",
  controls: [],
};
