import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "./helpers.js";

// Every control of the catalog, its wire type, and whether Flet made it a ConstrainedControl.
const CATALOG: [Function, string, boolean][] = [
  [ft.Text, "text", true],
  [ft.Icon, "icon", true],
  [ft.Image, "image", true],
  [ft.Container, "container", true],
  [ft.Row, "row", true],
  [ft.Column, "column", true],
  [ft.Stack, "stack", true],
  [ft.ListView, "listview", true],
  [ft.GridView, "gridview", true],
  [ft.ResponsiveRow, "responsiverow", true],
  [ft.Card, "card", true],
  [ft.Divider, "divider", false],
  [ft.VerticalDivider, "verticaldivider", false],
  [ft.ElevatedButton, "elevatedbutton", true],
  [ft.FilledButton, "filledbutton", true],
  [ft.FilledTonalButton, "filledtonalbutton", true],
  [ft.OutlinedButton, "outlinedbutton", true],
  [ft.TextButton, "textbutton", true],
  [ft.IconButton, "iconbutton", true],
  [ft.FloatingActionButton, "floatingactionbutton", true],
  [ft.TextField, "textfield", true],
  [ft.Checkbox, "checkbox", true],
  [ft.Radio, "radio", true],
  [ft.RadioGroup, "radiogroup", false],
  [ft.Switch, "switch", true],
  [ft.Slider, "slider", true],
  [ft.Dropdown, "dropdown", true],
  [ft.DropdownOption, "dropdownoption", false],
  [ft.ProgressBar, "progressbar", true],
  [ft.ProgressRing, "progressring", true],
  [ft.AppBar, "appbar", false],
  [ft.NavigationBar, "navigationbar", true],
  [ft.NavigationDestination, "navigationdestination", false],
  [ft.NavigationRail, "navigationrail", true],
  [ft.BottomAppBar, "bottomappbar", true],
  [ft.ExpansionTile, "expansiontile", true],
  [ft.CircleAvatar, "circleavatar", true],
  [ft.Badge, "badge", false],
  [ft.PopupMenuButton, "popupmenubutton", true],
  [ft.PopupMenuItem, "popupmenuitem", false],
  [ft.MenuBar, "menubar", false],
  [ft.SubmenuButton, "submenubutton", true],
  [ft.MenuItemButton, "menuitembutton", true],
  [ft.SegmentedButton, "segmentedbutton", true],
  [ft.Segment, "segment", false],
  [ft.RangeSlider, "rangeslider", true],
  [ft.Chip, "chip", true],
  [ft.Tooltip, "tooltip", false],
  [ft.SearchBar, "searchbar", true],
  [ft.DatePicker, "datepicker", false],
  [ft.TimePicker, "timepicker", false],
  [ft.SelectionArea, "selectionarea", false],
  [ft.GestureDetector, "gesturedetector", true],
  [ft.TransparentPointer, "transparentpointer", true],
  [ft.HapticFeedback, "hapticfeedback", false],
  [ft.ShakeDetector, "shakedetector", false],
  [ft.WindowDragArea, "windowdragarea", true],
  [ft.Markdown, "markdown", true],
  [ft.DataTable, "datatable", true],
  [ft.DataColumn, "datacolumn", false],
  [ft.DataRow, "datarow", false],
  [ft.DataCell, "datacell", false],
  [ft.ExpansionPanelList, "expansionpanellist", true],
  [ft.ExpansionPanel, "expansionpanel", true],
  [ft.NavigationRailDestination, "navigationraildestination", false],
  [ft.NavigationDrawer, "navigationdrawer", false],
  [ft.NavigationDrawerDestination, "navigationdrawerdestination", false],
  [ft.Pagelet, "pagelet", true],
  [ft.FletApp, "fletapp", true],
  [ft.AnimatedSwitcher, "animatedswitcher", true],
  [ft.ShaderMask, "shadermask", true],
  [ft.Tabs, "tabs", true],
  [ft.Tab, "tab", false],
  [ft.ListTile, "listtile", true],
  [ft.AlertDialog, "alertdialog", false],
  [ft.SnackBar, "snackbar", false],
  [ft.BottomSheet, "bottomsheet", false],
  [ft.Banner, "banner", false],
  [ft.Draggable, "draggable", false],
  [ft.DragTarget, "dragtarget", false],
  [ft.Dismissible, "dismissible", true],
  [ft.Canvas, "canvas", true],
  [ft.cv.Arc, "cv.arc", false],
  [ft.cv.Circle, "cv.circle", false],
  [ft.cv.Color, "cv.color", false],
  [ft.cv.Fill, "cv.fill", false],
  [ft.cv.Line, "cv.line", false],
  [ft.cv.Oval, "cv.oval", false],
  [ft.cv.Path, "cv.path", false],
  [ft.cv.Points, "cv.points", false],
  [ft.cv.Rect, "cv.rect", false],
  [ft.cv.Shadow, "cv.shadow", false],
  [ft.cv.Text, "cv.text", false],
  [ft.Lottie, "lottie", true],
  [ft.WebView, "webview", true],
  [ft.LineChart, "linechart", true],
  [ft.LineChartData, "linechartdata", false],
  [ft.LineChartDataPoint, "linechartdatapoint", false],
  [ft.BarChart, "barchart", true],
  [ft.BarChartGroup, "barchartgroup", false],
  [ft.BarChartRod, "barchartrod", false],
  [ft.BarChartRodStackItem, "barchartrodstackitem", false],
  [ft.PieChart, "piechart", true],
  [ft.PieChartSection, "piechartsection", false],
  [ft.ChartAxis, "chartaxis", false],
  [ft.ChartAxisLabel, "chartaxislabel", false],
  [ft.Audio, "audio", false],
  [ft.Video, "video", true],
  [ft.AudioRecorder, "audiorecorder", false],
];

type AnyControlClass = new (options?: object) => ft.Control;

describe("control catalog", () => {
  describe("schema", () => {
    it.each(CATALOG)("declares %o with its Flet wire type", (cls, type) => {
      const schema = ft.schemaOf(cls);
      expect(schema.type).toBe(type);
      expect(schema.className).toBe(cls.name);
      expect(schema.pack).toBe("flet-ts");
      expect(ft.controlClassOf(type)).toBe(cls);
    });

    it.each(CATALOG)("gives %o the base class Flet gives it", (cls, _type, constrained) => {
      expect(cls.prototype instanceof ft.ConstrainedControl).toBe(constrained);
      expect(cls.prototype instanceof ft.Control).toBe(true);
    });

    it.each(CATALOG)("lists the allowed values of every enum property of %o", (cls) => {
      for (const prop of ft.schemaOf(cls).props.filter((p) => p.kind === "enum")) {
        expect(prop.values?.length, prop.name).toBeGreaterThan(1);
      }
    });

    it.each(CATALOG)("names every event of %o after its handler", (cls) => {
      for (const event of ft.schemaOf(cls).events) {
        expect(`on${event.name[0]!.toUpperCase()}${event.name.slice(1)}`).toBe(event.handler);
      }
    });

    it("registers forty distinct wire types", () => {
      expect(new Set(CATALOG.map(([, type]) => type)).size).toBe(CATALOG.length);
    });
  });

  describe("constructor options", () => {
    it.each(CATALOG)("builds %o without options", (cls) => {
      const control = new (cls as AnyControlClass)();
      expect(control).toBeInstanceOf(cls);
      expect(control.visible).toBe(true);
    });

    it.each(CATALOG)("refuses an unknown option on %o", (cls) => {
      expect(errorCodeOf(() => new (cls as AnyControlClass)({ notAProp: 1 }))).toBe(
        ft.ErrorCode.PROP_UNKNOWN_OPTION,
      );
    });

    it("suggests the camelCase name when a Flet snake_case option is given", () => {
      expect(() => new ft.Text({ text_align: "center" } as object)).toThrow(
        /Did you mean "textAlign"\?/,
      );
    });

    it.each(CATALOG)("accepts the common Control options on %o", (cls) => {
      const control = new (cls as AnyControlClass)({ visible: false, tooltip: "tip", key: "k" });
      expect(control.visible).toBe(false);
      expect(control.tooltip).toBe("tip");
    });
  });
});
