/**
 * The Layout group of Flet's Controls Gallery.
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";
import { control as card } from "./card.js";
import { control as column } from "./column.js";
import { control as container } from "./container.js";
import { control as cupertinolisttile } from "./cupertinolisttile.js";
import { control as datatable } from "./datatable.js";
import { control as dismissible } from "./dismissible.js";
import { control as divider } from "./divider.js";
import { control as expansionpanellist } from "./expansionpanellist.js";
import { control as expansiontile } from "./expansiontile.js";
import { control as gridview } from "./gridview.js";
import { control as listtile } from "./listtile.js";
import { control as listview } from "./listview.js";
import { control as pagelet } from "./pagelet.js";
import { control as responsiverow } from "./responsiverow.js";
import { control as row } from "./row.js";
import { control as safearea } from "./safearea.js";
import { control as stack } from "./stack.js";
import { control as tabs } from "./tabs.js";
import { control as verticaldivider } from "./verticaldivider.js";

export const group: GalleryGroup = {
  slug: "layout",
  label: "Layout",
  icon: ft.icons.GRID_VIEW,
  selectedIcon: ft.icons.GRID_VIEW_SHARP,
  description: "Controls that arrange other controls: rows, columns, grids, stacks, cards, tabs.",
  controls: [
    card,
    column,
    container,
    cupertinolisttile,
    datatable,
    dismissible,
    divider,
    expansionpanellist,
    expansiontile,
    gridview,
    listtile,
    listview,
    pagelet,
    responsiverow,
    row,
    safearea,
    stack,
    tabs,
    verticaldivider,
  ],
};
