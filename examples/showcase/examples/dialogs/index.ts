/**
 * The Dialogs group of the showcase: Flet's gallery examples of its dialogs, sheets,
 * banners, snack bars and pickers, in Flet's order (by name).
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";
import { control as alertDialog } from "./alertdialog.js";
import { control as banner } from "./banner.js";
import { control as bottomSheet } from "./bottomsheet.js";
import { control as cupertinoActionSheet } from "./cupertinoactionsheet.js";
import { control as cupertinoAlertDialog } from "./cupertinoalertdialog.js";
import { control as cupertinoBottomSheet } from "./cupertinobottomsheet.js";
import { control as cupertinoContextMenu } from "./cupertinocontextmenu.js";
import { control as cupertinoDatePicker } from "./cupertinodatepicker.js";
import { control as cupertinoPicker } from "./cupertinopicker.js";
import { control as cupertinoTimerPicker } from "./cupertinotimerpicker.js";
import { control as datePicker } from "./datepicker.js";
import { control as snackBar } from "./snackbar.js";
import { control as timePicker } from "./timepicker.js";

export const group: GalleryGroup = {
  slug: "dialogs",
  label: "Dialogs",
  icon: ft.icons.MESSAGE_OUTLINED,
  selectedIcon: ft.icons.MESSAGE_SHARP,
  description: "Dialogs, sheets, banners, snack bars, context menus and pickers.",
  controls: [
    alertDialog,
    banner,
    bottomSheet,
    cupertinoActionSheet,
    cupertinoAlertDialog,
    cupertinoBottomSheet,
    cupertinoContextMenu,
    cupertinoDatePicker,
    cupertinoPicker,
    cupertinoTimerPicker,
    datePicker,
    snackBar,
    timePicker,
  ],
};
