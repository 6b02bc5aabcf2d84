/**
 * The Layout group of Flet's Controls Gallery.
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";
import { control as card } from "./card.js";

export const group: GalleryGroup = {
  slug: "layout",
  label: "Layout",
  icon: ft.icons.GRID_VIEW,
  selectedIcon: ft.icons.GRID_VIEW_SHARP,
  description: "Controls that arrange other controls: rows, columns, grids, stacks, cards, tabs.",
  controls: [card],
};
