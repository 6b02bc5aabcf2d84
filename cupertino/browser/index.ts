/**
 * The browser entry of the Cupertino pack: iOS-style renderers for the 22 Cupertino
 * controls, built only on `flet-ts/browser`. The client bundle imports it for its side
 * effect; {@link registerCupertino} registers again (e.g. in a page without the runtime).
 * Material renderers reach these through `rendererOf(type)` for `adaptive`.
 *
 * @example
 * ```ts
 * import { registerCupertino } from "./cupertino/browser/index.js";
 * registerCupertino();
 * ```
 * @module
 */
import { activityIndicatorRenderer } from "./activity-indicator.js";
import { appBarRenderer, navigationBarRenderer } from "./bars.js";
import { actionRenderer, buttonRenderer } from "./buttons.js";
import { cupertino, cupertinoLazy } from "./define.js";
import { listTileRenderer } from "./list-tile.js";
import { actionSheetRenderer, alertDialogRenderer, bottomSheetRenderer } from "./overlays.js";
import { sliderRenderer } from "./slider.js";
import { textFieldRenderer } from "./text-field.js";
import { checkboxRenderer, radioRenderer, switchRenderer } from "./toggles.js";

export { installCupertinoStyles } from "./styles.js";

/**
 * Registers the renderer of every Cupertino control type.
 *
 * @example
 * ```ts
 * registerCupertino();
 * ```
 */
export function registerCupertino(): void {
  cupertino("cupertinoactivityindicator", activityIndicatorRenderer);
  cupertino("cupertinoactionsheet", actionSheetRenderer);
  cupertino("cupertinoactionsheetaction", actionRenderer());
  cupertino("cupertinoalertdialog", alertDialogRenderer);
  cupertino("cupertinodialogaction", actionRenderer());
  cupertino("cupertinoappbar", appBarRenderer);
  cupertino("cupertinobottomsheet", bottomSheetRenderer);
  cupertino("cupertinobutton", buttonRenderer);
  cupertino("cupertinocheckbox", checkboxRenderer);
  cupertino("cupertinoradio", radioRenderer);
  cupertino("cupertinoswitch", switchRenderer);
  cupertino("cupertinoslider", sliderRenderer);
  cupertino("cupertinotextfield", textFieldRenderer);
  cupertino("cupertinolisttile", listTileRenderer);
  cupertino("cupertinonavigationbar", navigationBarRenderer);
  cupertinoLazy("cupertinosegmentedbutton", () =>
    import("./segmented.js").then((m) => m.segmentedRenderer),
  );
  cupertinoLazy("cupertinoslidingsegmentedbutton", () =>
    import("./segmented.js").then((m) => m.slidingSegmentedRenderer),
  );
  cupertinoLazy("cupertinopicker", () => import("./picker.js").then((m) => m.pickerRenderer));
  cupertinoLazy("cupertinotimerpicker", () =>
    import("./timer-picker.js").then((m) => m.timerPickerRenderer),
  );
  cupertinoLazy("cupertinodatepicker", () =>
    import("./date-picker.js").then((m) => m.datePickerRenderer),
  );
  cupertinoLazy("cupertinocontextmenu", () =>
    import("./context-menu.js").then((m) => m.contextMenuRenderer),
  );
  cupertino("cupertinocontextmenuaction", actionRenderer("menuitem"));
}

registerCupertino();
