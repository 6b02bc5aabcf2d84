/**
 * The Buttons group of the showcase: Flet's gallery examples of its buttons, controls in
 * Flet's order (by name).
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";
import { control as cupertinoActionSheetAction } from "./cupertinoactionsheetaction.js";
import { control as cupertinoButton } from "./cupertinobutton.js";
import { control as cupertinoDialogAction } from "./cupertinodialogaction.js";
import { control as cupertinoFilledButton } from "./cupertinofilledbutton.js";
import { control as cupertinoSegmentedButton } from "./cupertinosegmentedbutton.js";
import { control as cupertinoSlidingSegmentedButton } from "./cupertinoslidingsegmentedbutton.js";
import { control as elevatedButton } from "./elevatedbutton.js";
import { control as filledButton } from "./filledbutton.js";
import { control as filledTonalButton } from "./filledtonalbutton.js";
import { control as floatingActionButton } from "./floatingactionbutton.js";
import { control as iconButton } from "./iconbutton.js";
import { control as menuItemButton } from "./menuitembutton.js";
import { control as outlinedButton } from "./outlinedbutton.js";
import { control as popupMenuButton } from "./popupmenubutton.js";
import { control as segmentedButton } from "./segmentedbutton.js";
import { control as submenuButton } from "./submenubutton.js";
import { control as textButton } from "./textbutton.js";

export const group: GalleryGroup = {
  slug: "buttons",
  label: "Buttons",
  icon: ft.icons.SMART_BUTTON_SHARP,
  selectedIcon: ft.icons.SMART_BUTTON_SHARP,
  description: "Material and Cupertino buttons, segmented buttons and menu buttons.",
  controls: [
    cupertinoActionSheetAction,
    cupertinoButton,
    cupertinoDialogAction,
    cupertinoFilledButton,
    cupertinoSegmentedButton,
    cupertinoSlidingSegmentedButton,
    elevatedButton,
    filledButton,
    filledTonalButton,
    floatingActionButton,
    iconButton,
    menuItemButton,
    outlinedButton,
    popupMenuButton,
    segmentedButton,
    submenuButton,
    textButton,
  ],
};
