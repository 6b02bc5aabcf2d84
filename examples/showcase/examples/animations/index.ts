/** The Animations group of the showcase: Flet's gallery examples of its animations. */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";
import { control as animatedSwitcher } from "./animatedswitcher.js";

export const group: GalleryGroup = {
  slug: "animations",
  label: "Animations",
  icon: ft.icons.ANIMATION_SHARP,
  selectedIcon: ft.icons.ANIMATION_SHARP,
  description: "Animated transitions between controls.",
  controls: [animatedSwitcher],
};
