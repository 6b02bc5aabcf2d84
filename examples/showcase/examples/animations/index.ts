/**
 * Placeholder for the Animations group: its controls are translated on another branch, which
 * replaces this file.
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";

export const group: GalleryGroup = {
  slug: "animations",
  label: "Animations",
  icon: ft.icons.ANIMATION_SHARP,
  selectedIcon: ft.icons.ANIMATION_SHARP,
  description: "Implicit animations and switchers.",
  controls: [],
};
