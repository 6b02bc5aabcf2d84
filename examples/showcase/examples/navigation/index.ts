/**
 * The Navigation group of Flet's Controls Gallery.
 * @module
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";
import { control as appbar } from "./appbar.js";
import { control as bottomappbar } from "./bottomappbar.js";
import { control as cupertinoappbar } from "./cupertinoappbar.js";
import { control as cupertinonavigationbar } from "./cupertinonavigationbar.js";
import { control as menubar } from "./menubar.js";
import { control as navigationbar } from "./navigationbar.js";
import { control as navigationdrawer } from "./navigationdrawer.js";
import { control as navigationrail } from "./navigationrail.js";

export const group: GalleryGroup = {
  slug: "navigation",
  label: "Navigation",
  icon: ft.icons.MENU_SHARP,
  selectedIcon: ft.icons.MENU_SHARP,
  description: "App bars, navigation bars, rails, drawers and menus.",
  controls: [
    appbar,
    bottomappbar,
    cupertinoappbar,
    cupertinonavigationbar,
    menubar,
    navigationbar,
    navigationdrawer,
    navigationrail,
  ],
};
