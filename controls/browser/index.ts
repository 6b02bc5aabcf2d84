/**
 * The browser entry of the controls pack: Material 3 renderers for every core control.
 *
 * Interactive widgets are Material Web components (`@material/web`), loaded lazily per
 * group on first use; layout, app bar, navigation bar, list tile, card, dialog, sheet,
 * snackbar and banner are drawn by hand with the same `--md-sys-color-*` roles. See
 * `docs/decisions/0002-component-library.md`.
 *
 * Importing the module registers everything (the flet-ts client bundle imports it for
 * that side effect); {@link registerControls} re-registers, e.g. with font options.
 *
 * @example
 * ```ts
 * import { registerControls } from "./controls/browser/index.js";
 * registerControls({ fontBaseUrl: "/fonts/" }); // a page without the flet-ts runtime
 * ```
 * @module
 */
import { alertDialogRenderer } from "./alert-dialog.js";
import { appBarRenderer } from "./app-bar.js";
import { badgeRenderer } from "./badge.js";
import { bannerRenderer } from "./banner.js";
import { bottomAppBarRenderer } from "./bottom-app-bar.js";
import { bottomSheetRenderer } from "./bottom-sheet.js";
import { buttonRenderer } from "./button.js";
import { cardRenderer } from "./card.js";
import { checkboxRenderer } from "./checkbox.js";
import { circleAvatarRenderer } from "./circle-avatar.js";
import { containerRenderer } from "./container.js";
import { material, materialLazy } from "./define.js";
import { horizontalDividerRenderer, verticalDividerRenderer } from "./divider.js";
import { dropdownOptionRenderer, dropdownRenderer } from "./dropdown.js";
import { expansionPanelListRenderer, expansionPanelRenderer } from "./expansion-panel.js";
import { expansionTileRenderer } from "./expansion-tile.js";
import { columnRenderer, rowRenderer } from "./flex.js";
import { fabRenderer } from "./floating-action-button.js";
import { gridViewRenderer } from "./grid-view.js";
import { iconRenderer } from "./icon.js";
import { iconButtonRenderer } from "./icon-button.js";
import { imageRenderer } from "./image.js";
import { listTileRenderer } from "./list-tile.js";
import { listViewRenderer } from "./list-view.js";
import { navigationBarRenderer } from "./navigation-bar.js";
import { destinationRenderer } from "./navigation-destination.js";
import { navigationDrawerRenderer } from "./navigation-drawer.js";
import { navigationRailRenderer } from "./navigation-rail.js";
import { popupMenuButtonRenderer, popupMenuItemRenderer } from "./popup-menu.js";
import { progressBarRenderer, progressRingRenderer } from "./progress.js";
import { radioGroupRenderer, radioRenderer } from "./radio.js";
import { responsiveRowRenderer } from "./responsive-row.js";
import { safeAreaRenderer } from "./safe-area.js";
import { selectionAreaRenderer, transparentPointerRenderer } from "./selection-area.js";
import { sliderRenderer } from "./slider.js";
import { snackBarRenderer } from "./snack-bar.js";
import { stackRenderer } from "./stack.js";
import { type FontOptions, installStyles } from "./styles.js";
import { switchRenderer } from "./switch.js";
import { tabRenderer, tabsRenderer } from "./tabs.js";
import { textRenderer } from "./text.js";
import { textFieldRenderer } from "./text-field.js";
import { textSpanRenderer } from "./text-span.js";

export { componentsReady } from "./lazy.js";
export { FONT_FILES, type FontOptions } from "./styles.js";

/**
 * Registers the renderers of every core control and installs the pack's stylesheet.
 * Call it once before the first render; calling it again only refreshes the styles.
 */
export function registerControls(options: FontOptions = {}): void {
  installStyles(options);
  material("text", textRenderer);
  material("textspan", textSpanRenderer);
  material("icon", iconRenderer);
  material("image", imageRenderer);
  materialLazy("markdown", () => import("./markdown.js").then((m) => m.markdownRenderer));
  material("container", containerRenderer);
  materialLazy("datatable", () => import("./data-table.js").then((m) => m.dataTableRenderer));
  materialLazy("datacolumn", () => import("./data-row.js").then((m) => m.dataColumnRenderer));
  materialLazy("datarow", () => import("./data-row.js").then((m) => m.dataRowRenderer));
  materialLazy("datacell", () => import("./data-row.js").then((m) => m.dataCellRenderer));
  material("row", rowRenderer);
  material("column", columnRenderer);
  material("stack", stackRenderer);
  material("listview", listViewRenderer);
  material("gridview", gridViewRenderer);
  material("responsiverow", responsiveRowRenderer);
  material("card", cardRenderer);
  material("divider", horizontalDividerRenderer);
  material("verticaldivider", verticalDividerRenderer);
  material("elevatedbutton", buttonRenderer("elevated"));
  material("filledbutton", buttonRenderer("filled"));
  material("filledtonalbutton", buttonRenderer("filled-tonal"));
  material("outlinedbutton", buttonRenderer("outlined"));
  material("textbutton", buttonRenderer("text"));
  material("iconbutton", iconButtonRenderer);
  material("floatingactionbutton", fabRenderer);
  material("textfield", textFieldRenderer);
  material("checkbox", checkboxRenderer);
  material("radio", radioRenderer);
  material("radiogroup", radioGroupRenderer);
  material("switch", switchRenderer);
  material("slider", sliderRenderer);
  material("dropdown", dropdownRenderer);
  material("dropdownoption", dropdownOptionRenderer);
  material("progressbar", progressBarRenderer);
  material("progressring", progressRingRenderer);
  material("appbar", appBarRenderer);
  material("navigationbar", navigationBarRenderer);
  material("navigationdestination", destinationRenderer);
  material("navigationrail", navigationRailRenderer);
  material("bottomappbar", bottomAppBarRenderer);
  material("expansiontile", expansionTileRenderer);
  material("circleavatar", circleAvatarRenderer);
  material("badge", badgeRenderer);
  materialLazy("menubar", () => import("./menu-bar.js").then((m) => m.menuBarRenderer));
  materialLazy("submenubutton", () => import("./menu-bar.js").then((m) => m.submenuButtonRenderer));
  materialLazy("menuitembutton", () =>
    import("./menu-bar.js").then((m) => m.menuItemButtonRenderer),
  );
  material("popupmenubutton", popupMenuButtonRenderer);
  material("popupmenuitem", popupMenuItemRenderer);
  materialLazy("segmentedbutton", () =>
    import("./segmented-button.js").then((m) => m.segmentedButtonRenderer),
  );
  materialLazy("segment", () => import("./segmented-button.js").then((m) => m.segmentRenderer));
  materialLazy("rangeslider", () => import("./range-slider.js").then((m) => m.rangeSliderRenderer));
  materialLazy("animatedswitcher", () =>
    import("./animated-switcher.js").then((m) => m.animatedSwitcherRenderer),
  );
  materialLazy("shadermask", () => import("./shader-mask.js").then((m) => m.shaderMaskRenderer));
  materialLazy("lottie", () => import("./lottie.js").then((m) => m.lottieRenderer));
  materialLazy("webview", () => import("./webview.js").then((m) => m.webViewRenderer));
  materialLazy("video", () => import("./video.js").then((m) => m.videoRenderer));
  materialLazy("audiorecorder", () =>
    import("./audio-recorder.js").then((m) => m.audioRecorderRenderer),
  );
  material("expansionpanellist", expansionPanelListRenderer);
  material("expansionpanel", expansionPanelRenderer);
  material("navigationraildestination", destinationRenderer);
  material("navigationdrawer", navigationDrawerRenderer);
  materialLazy("pagelet", () => import("./pagelet.js").then((m) => m.pageletRenderer));
  materialLazy("fletapp", () => import("./flet-app.js").then((m) => m.fletAppRenderer));
  material("navigationdrawerdestination", destinationRenderer);
  material("tabs", tabsRenderer);
  material("tab", tabRenderer);
  material("listtile", listTileRenderer);
  material("alertdialog", alertDialogRenderer);
  material("snackbar", snackBarRenderer);
  materialLazy("filepicker", () => import("./file-picker.js").then((m) => m.filePickerRenderer));
  materialLazy("hapticfeedback", () => import("./device.js").then((m) => m.hapticFeedbackRenderer));
  materialLazy("shakedetector", () => import("./device.js").then((m) => m.shakeDetectorRenderer));
  materialLazy("windowdragarea", () => import("./device.js").then((m) => m.windowDragAreaRenderer));
  material("bottomsheet", bottomSheetRenderer);
  material("banner", bannerRenderer);
  material("safearea", safeAreaRenderer);
  materialLazy("chip", () => import("./chip.js").then((m) => m.chipRenderer));
  materialLazy("tooltip", () => import("./tooltip-control.js").then((m) => m.tooltipRenderer));
  materialLazy("searchbar", () => import("./search-bar.js").then((m) => m.searchBarRenderer));
  materialLazy("datepicker", () => import("./date-picker.js").then((m) => m.datePickerRenderer));
  materialLazy("timepicker", () => import("./time-picker.js").then((m) => m.timePickerRenderer));
  material("selectionarea", selectionAreaRenderer);
  materialLazy("gesturedetector", () =>
    import("./gesture-detector.js").then((m) => m.gestureDetectorRenderer),
  );
  material("transparentpointer", transparentPointerRenderer);
  materialLazy("draggable", () => import("./drag-drop.js").then((m) => m.draggableRenderer));
  materialLazy("dragtarget", () => import("./drag-drop.js").then((m) => m.dragTargetRenderer));
  materialLazy("dismissible", () => import("./dismissible.js").then((m) => m.dismissibleRenderer));
  materialLazy("canvas", () => import("./canvas.js").then((m) => m.canvasRenderer));
  for (const shape of CANVAS_SHAPES)
    materialLazy(`cv.${shape}`, () => import("./canvas.js").then((m) => m.shapeRenderer));
  // Charts (issue 13): one lazy module, an SVG renderer of our own (docs/decisions/0009-charts.md).
  for (const type of CHART_TYPES)
    materialLazy(type, () => import("./charts.js").then((m) => m.chartRenderers[type]!));
  materialLazy("audio", () => import("./audio.js").then((m) => m.audioRenderer));
}

/** The wire types of the charts and their parts (`controls/charts/`). */
const CHART_TYPES = [
  "linechart",
  "linechartdata",
  "linechartdatapoint",
  "barchart",
  "barchartgroup",
  "barchartrod",
  "barchartrodstackitem",
  "piechart",
  "piechartsection",
  "chartaxis",
  "chartaxislabel",
];

/** The shapes of a Canvas (`ft.cv.*`), by wire type after `cv.`. */
const CANVAS_SHAPES = [
  "arc",
  "circle",
  "color",
  "fill",
  "line",
  "oval",
  "path",
  "points",
  "rect",
  "shadow",
  "text",
];

registerControls();
