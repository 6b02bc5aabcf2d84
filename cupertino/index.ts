/**
 * The Cupertino pack: Flet 0.21's iOS-style controls, built only on `flet-ts/pack` (like
 * any third-party pack; value types from `flet-ts/controls`), with its own entry
 * `flet-ts/cupertino`, and re-exported by `flet-ts`, so `ft.CupertinoButton` works.
 * Its browser half is `flet-ts/cupertino/browser`.
 * @module
 */

/** Flet's Cupertino icon constants; the same table as `flet-ts/pack`'s. */
export { cupertinoIcons } from "flet-ts/pack";
export { CupertinoActionSheet } from "./action-sheet.js";
export { CupertinoActionSheetAction } from "./action-sheet-action.js";
export { CupertinoActivityIndicator } from "./activity-indicator.js";
export { CupertinoAlertDialog } from "./alert-dialog.js";
export { CupertinoAppBar } from "./app-bar.js";
export { CupertinoBottomSheet } from "./bottom-sheet.js";
export { CupertinoButton } from "./button.js";
export { CupertinoCheckbox } from "./checkbox.js";
export { CupertinoContextMenu } from "./context-menu.js";
export { CupertinoContextMenuAction } from "./context-menu-action.js";
export { CupertinoDatePicker } from "./date-picker.js";
export { CupertinoDialogAction } from "./dialog-action.js";
export { CupertinoFieldBase } from "./field-base.js";
export { CupertinoFilledButton } from "./filled-button.js";
export { CupertinoListTile } from "./list-tile.js";
export { CupertinoNavigationBar } from "./navigation-bar.js";
export { CupertinoPicker } from "./picker.js";
export { CupertinoRadio } from "./radio.js";
export { CupertinoSegmentedButton } from "./segmented-button.js";
export { CupertinoSlider } from "./slider.js";
export { CupertinoSlidingSegmentedButton } from "./sliding-segmented-button.js";
export { CupertinoSwitch } from "./switch.js";
export { CupertinoTextField } from "./text-field.js";
export { CupertinoTimerPicker } from "./timer-picker.js";
export * from "./types.js";
