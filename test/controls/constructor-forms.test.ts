import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";

// Flet's first positional arguments, as TypeScript overloads: `new ft.X(primary, options)`.
// Each row: the form, the control it builds, the property the primary argument sets, its value.
const a = new ft.Text("a");
const b = new ft.Text("b");
const circle = new ft.cv.Circle({ radius: 4 });
const point = new ft.LineChartDataPoint(0, 1);
const series = new ft.LineChartData([point]);
const stackItem = new ft.BarChartRodStackItem({ fromY: 0, toY: 1 });
const rod = new ft.BarChartRod({ toY: 2 });
const group = new ft.BarChartGroup({ x: 0 });
const clip = new ft.VideoMedia("/clips/a.webm");
const section = new ft.PieChartSection(10);
const axisLabel = new ft.ChartAxisLabel({ value: 1 });

const forms: [string, () => ft.Control, string, unknown][] = [
  ['new ft.Text("hi", options)', () => new ft.Text("hi", { size: 20 }), "value", "hi"],
  ['new ft.TextSpan("hi", options)', () => new ft.TextSpan("hi", { url: "/a" }), "text", "hi"],
  ["new ft.Row([controls], options)", () => new ft.Row([a, b], { spacing: 4 }), "controls", [a, b]],
  ["new ft.Column([controls])", () => new ft.Column([a, b]), "controls", [a, b]],
  ["new ft.Stack([controls])", () => new ft.Stack([a, b]), "controls", [a, b]],
  [
    "new ft.ListView([controls])",
    () => new ft.ListView([a, b], { spacing: 2 }),
    "controls",
    [a, b],
  ],
  [
    "new ft.GridView([controls])",
    () => new ft.GridView([a, b], { maxExtent: 100 }),
    "controls",
    [a, b],
  ],
  ["new ft.ResponsiveRow([controls])", () => new ft.ResponsiveRow([a, b]), "controls", [a, b]],
  ["new ft.Container(content)", () => new ft.Container(a, { padding: 8 }), "content", a],
  ["new ft.Card(content)", () => new ft.Card(a), "content", a],
  ['new ft.FletApp("/app/")', () => new ft.FletApp("/app/", { height: 300 }), "url", "/app/"],
  ["new ft.Pagelet(content)", () => new ft.Pagelet(a, { height: 300 }), "content", a],
  ["new ft.SafeArea(content)", () => new ft.SafeArea(a, { minimum: 8 }), "content", a],
  [
    "new ft.Canvas([shapes], options)",
    () => new ft.Canvas([circle], { width: 100 }),
    "shapes",
    [circle],
  ],
  ['new ft.cv.Text("hi", options)', () => new ft.cv.Text("hi", { x: 4 }), "text", "hi"],
  [
    "new ft.cv.Circle(x, y, radius, paint)",
    () => new ft.cv.Circle(10, 20, 5, { color: "red" }),
    "radius",
    5,
  ],
  [
    "new ft.cv.Line(x1, y1, x2, y2, paint, options)",
    () => new ft.cv.Line(0, 0, 30, 40, {}, { visible: false }),
    "x2",
    30,
  ],
  [
    "new ft.cv.Rect(x, y, width, height, borderRadius)",
    () => new ft.cv.Rect(1, 2, 3, 4, 5),
    "borderRadius",
    5,
  ],
  [
    "new ft.cv.Points([points], pointMode)",
    () => new ft.cv.Points([[1, 2]], "lines"),
    "pointMode",
    "lines",
  ],
  [
    "new ft.cv.Path([elements], paint)",
    () => new ft.cv.Path([new ft.cv.Path.Close()], {}),
    "elements",
    [new ft.cv.Path.Close()],
  ],
  [
    "new ft.cv.Shadow([path], color, elevation)",
    () => new ft.cv.Shadow([], "black", 4),
    "elevation",
    4,
  ],
  [
    'new ft.cv.Text(x, y, "hi", style)',
    () => new ft.cv.Text(5, 6, "hi", { size: 20 }),
    "text",
    "hi",
  ],
  [
    'new ft.cv.Color("red", options)',
    () => new ft.cv.Color("red", { blendMode: "multiply" }),
    "color",
    "red",
  ],
  [
    "new ft.DatePicker(options) (no primary, as Flet)",
    () => new ft.DatePicker({ value: new Date(2024, 0, 2) }),
    "value",
    new Date(2024, 0, 2),
  ],
  [
    "new ft.TimePicker(options) (no primary, as Flet)",
    () => new ft.TimePicker({ value: "09:30" }),
    "value",
    "09:30",
  ],
  ["new ft.SearchBar([controls])", () => new ft.SearchBar([a]), "controls", [a]],
  ["new ft.SelectionArea(content)", () => new ft.SelectionArea(a), "content", a],
  [
    "new ft.GestureDetector(content)",
    () => new ft.GestureDetector(a, { onTap: () => {} }),
    "content",
    a,
  ],
  ["new ft.TransparentPointer(content)", () => new ft.TransparentPointer(a), "content", a],
  ["new ft.WindowDragArea(content)", () => new ft.WindowDragArea(a), "content", a],
  ["new ft.Tooltip(content)", () => new ft.Tooltip(a, { message: "m" }), "content", a],
  ["new ft.Chip(label)", () => new ft.Chip(a, { onClick: () => {} }), "label", a],
  ['new ft.Markdown("# Hi")', () => new ft.Markdown("# Hi", { selectable: true }), "value", "# Hi"],
  [
    "new ft.DataTable([columns])",
    () => new ft.DataTable([], { sortAscending: true }),
    "columns",
    [],
  ],
  ["new ft.DataColumn(label)", () => new ft.DataColumn(a, { numeric: true }), "label", a],
  ["new ft.DataRow([cells])", () => new ft.DataRow([], { selected: true }), "cells", []],
  ["new ft.DataCell(content)", () => new ft.DataCell(a, { placeholder: true }), "content", a],
  ['new ft.Tab("Label", options)', () => new ft.Tab("Label", { content: a }), "text", "Label"],
  [
    "new ft.Tabs(tabs)",
    () => new ft.Tabs([new ft.Tab("One")], { selectedIndex: 0 }),
    "tabs.length",
    1,
  ],
  [
    'new ft.ElevatedButton("Go")',
    () => new ft.ElevatedButton("Go", { onClick: () => {} }),
    "text",
    "Go",
  ],
  ['new ft.FilledButton("Go")', () => new ft.FilledButton("Go"), "text", "Go"],
  ['new ft.FilledTonalButton("Go")', () => new ft.FilledTonalButton("Go"), "text", "Go"],
  ['new ft.OutlinedButton("Go")', () => new ft.OutlinedButton("Go"), "text", "Go"],
  ['new ft.TextButton("Go")', () => new ft.TextButton("Go"), "text", "Go"],
  ['new ft.FloatingActionButton("Add")', () => new ft.FloatingActionButton("Add"), "text", "Add"],
  ["new ft.IconButton(icon)", () => new ft.IconButton(ft.icons.ADD), "icon", ft.icons.ADD],
  ["new ft.Icon(name)", () => new ft.Icon(ft.icons.ADD), "name", ft.icons.ADD],
  ['new ft.Image("a.png")', () => new ft.Image("a.png"), "src", "a.png"],
  ['new ft.Checkbox("Agree")', () => new ft.Checkbox("Agree", { value: true }), "label", "Agree"],
  ['new ft.Switch("On")', () => new ft.Switch("On"), "label", "On"],
  ['new ft.Radio("A")', () => new ft.Radio("A", { value: "a" }), "label", "A"],
  ["new ft.RadioGroup(content)", () => new ft.RadioGroup(a), "content", a],
  [
    'new ft.Dropdown("a", options)',
    () => new ft.Dropdown("a", { options: [new ft.DropdownOption("a")] }),
    "value",
    "a",
  ],
  ['new ft.DropdownOption("a")', () => new ft.DropdownOption("a"), "key", "a"],
  ["new ft.Slider(0.5)", () => new ft.Slider(0.5, { min: 0, max: 1 }), "value", 0.5],
  ["new ft.ProgressBar(0.3)", () => new ft.ProgressBar(0.3), "value", 0.3],
  ["new ft.ProgressRing(0.3)", () => new ft.ProgressRing(0.3), "value", 0.3],
  [
    "new ft.ExpansionPanelList(controls)",
    () => new ft.ExpansionPanelList([new ft.ExpansionPanel(a)]),
    "controls.length",
    1,
  ],
  ["new ft.ExpansionPanel(header)", () => new ft.ExpansionPanel(a), "header", a],
  [
    "new ft.SegmentedButton(segments)",
    () => new ft.SegmentedButton([new ft.Segment("a")], { selected: ["a"] }),
    "segments.length",
    1,
  ],
  ["new ft.RangeSlider(2, 8)", () => new ft.RangeSlider(2, 8, { max: 10 }), "endValue", 8],
  ["new ft.AnimatedSwitcher(content)", () => new ft.AnimatedSwitcher(a), "content", a],
  ["new ft.ShaderMask(content)", () => new ft.ShaderMask(a, { blendMode: "dstIn" }), "content", a],
  ['new ft.Lottie("a.json")', () => new ft.Lottie("a.json", { reverse: true }), "src", "a.json"],
  [
    'new ft.WebView("https://flet.dev")',
    () => new ft.WebView("https://flet.dev"),
    "url",
    "https://flet.dev",
  ],
  ['new ft.Segment("a")', () => new ft.Segment("a"), "value", "a"],
  ["new ft.PopupMenuButton(content)", () => new ft.PopupMenuButton(a), "content", a],
  ['new ft.PopupMenuItem("Copy")', () => new ft.PopupMenuItem("Copy"), "text", "Copy"],
  ["new ft.MenuBar(controls)", () => new ft.MenuBar([a]), "controls.length", 1],
  ["new ft.SubmenuButton(content)", () => new ft.SubmenuButton(a), "content", a],
  ["new ft.MenuItemButton(content)", () => new ft.MenuItemButton(a), "content", a],
  ["new ft.Badge(content)", () => new ft.Badge(a, { text: "3" }), "content", a],
  ["new ft.CircleAvatar(content)", () => new ft.CircleAvatar(a, { radius: 8 }), "content", a],
  [
    "new ft.ExpansionTile(controls)",
    () => new ft.ExpansionTile([a], { title: new ft.Text("More") }),
    "controls.length",
    1,
  ],
  [
    "new ft.BottomAppBar(content)",
    () => new ft.BottomAppBar(a, { shape: ft.NotchShape.CIRCULAR }),
    "content",
    a,
  ],
  [
    "new ft.NavigationRail(destinations)",
    () => new ft.NavigationRail([new ft.NavigationRailDestination("Home")], { extended: true }),
    "destinations.length",
    1,
  ],
  [
    'new ft.NavigationRailDestination("Home")',
    () => new ft.NavigationRailDestination("Home"),
    "label",
    "Home",
  ],
  [
    "new ft.NavigationDrawer(controls)",
    () => new ft.NavigationDrawer([new ft.NavigationDrawerDestination("Inbox")]),
    "controls.length",
    1,
  ],
  [
    'new ft.NavigationDrawerDestination("Inbox")',
    () => new ft.NavigationDrawerDestination("Inbox"),
    "label",
    "Inbox",
  ],
  [
    "new ft.NavigationBar(destinations)",
    () => new ft.NavigationBar([new ft.NavigationDestination("Home")]),
    "destinations.length",
    1,
  ],
  [
    'new ft.NavigationDestination("Home")',
    () => new ft.NavigationDestination("Home"),
    "label",
    "Home",
  ],
  ["new ft.SnackBar(content)", () => new ft.SnackBar(a), "content", a],
  ["new ft.Banner(content)", () => new ft.Banner(a), "content", a],
  ["new ft.BottomSheet(content)", () => new ft.BottomSheet(a), "content", a],
  [
    'new ft.View("/", [controls], options)',
    () => new ft.View("/store", [a, b], { padding: 0 }),
    "route",
    "/store",
  ],
  [
    'new ft.CupertinoTextField("Email")',
    () => new ft.CupertinoTextField("Email"),
    "placeholderText",
    "Email",
  ],
  ['new ft.CupertinoButton("Go")', () => new ft.CupertinoButton("Go"), "text", "Go"],
  ['new ft.CupertinoFilledButton("Go")', () => new ft.CupertinoFilledButton("Go"), "text", "Go"],
  ['new ft.CupertinoCheckbox("Agree")', () => new ft.CupertinoCheckbox("Agree"), "label", "Agree"],
  ['new ft.CupertinoSwitch("On")', () => new ft.CupertinoSwitch("On"), "label", "On"],
  ['new ft.CupertinoRadio("A")', () => new ft.CupertinoRadio("A"), "label", "A"],
  ["new ft.CupertinoSlider(0.5)", () => new ft.CupertinoSlider(0.5), "value", 0.5],
  ["new ft.CupertinoListTile(title)", () => new ft.CupertinoListTile(a), "title", a],
  ["new ft.CupertinoPicker([controls])", () => new ft.CupertinoPicker([a, b]), "controls", [a, b]],
  [
    "new ft.CupertinoSegmentedButton([controls])",
    () => new ft.CupertinoSegmentedButton([a, b]),
    "controls",
    [a, b],
  ],
  [
    "new ft.CupertinoSlidingSegmentedButton([controls])",
    () => new ft.CupertinoSlidingSegmentedButton([a, b]),
    "controls",
    [a, b],
  ],
  ["new ft.CupertinoContextMenu(content)", () => new ft.CupertinoContextMenu(a), "content", a],
  [
    "new ft.CupertinoNavigationBar(destinations)",
    () => new ft.CupertinoNavigationBar([new ft.NavigationDestination("Home")]),
    "destinations.length",
    1,
  ],
  ["new ft.CupertinoBottomSheet(content)", () => new ft.CupertinoBottomSheet(a), "content", a],
  ['new ft.CupertinoDialogAction("OK")', () => new ft.CupertinoDialogAction("OK"), "text", "OK"],
  [
    'new ft.CupertinoActionSheetAction("OK")',
    () => new ft.CupertinoActionSheetAction("OK"),
    "text",
    "OK",
  ],
  [
    'new ft.CupertinoContextMenuAction("OK")',
    () => new ft.CupertinoContextMenuAction("OK"),
    "text",
    "OK",
  ],
  ["new ft.Draggable(content)", () => new ft.Draggable(a, { group: "g" }), "content", a],
  ["new ft.DragTarget(content)", () => new ft.DragTarget(a, { group: "g" }), "content", a],
  ["new ft.Dismissible(content)", () => new ft.Dismissible(a, { resizeDuration: 0 }), "content", a],
  ["new ft.LineChartDataPoint(x, y)", () => new ft.LineChartDataPoint(2, 5), "y", 5],
  [
    "new ft.LineChartData([points])",
    () => new ft.LineChartData([point], { curved: true }),
    "dataPoints",
    [point],
  ],
  [
    "new ft.LineChart([series])",
    () => new ft.LineChart([series], { height: 100 }),
    "dataSeries",
    [series],
  ],
  [
    "new ft.BarChartRod([stackItems])",
    () => new ft.BarChartRod([stackItem], { toY: 3 }),
    "rodStackItems",
    [stackItem],
  ],
  ["new ft.BarChartGroup([rods])", () => new ft.BarChartGroup([rod], { x: 1 }), "barRods", [rod]],
  ["new ft.BarChart([groups])", () => new ft.BarChart([group]), "barGroups", [group]],
  [
    "new ft.PieChartSection(value)",
    () => new ft.PieChartSection(40, { title: "40%" }),
    "value",
    40,
  ],
  ["new ft.PieChart([sections])", () => new ft.PieChart([section]), "sections", [section]],
  [
    "new ft.ChartAxis([labels])",
    () => new ft.ChartAxis([axisLabel], { labelsSize: 30 }),
    "labels",
    [axisLabel],
  ],
  ['new ft.Audio("/a.mp3")', () => new ft.Audio("/a.mp3", { volume: 0.5 }), "src", "/a.mp3"],
  ["new ft.Video([media])", () => new ft.Video([clip], { muted: true }), "playlist", [clip]],
];

function read(control: ft.Control, path: string): unknown {
  let value: unknown = control;
  for (const part of path.split(".")) value = (value as Record<string, unknown>)[part];
  return Array.isArray(value) ? [...value] : value;
}

describe("Flet's constructor forms", () => {
  it.each(forms)("%s", (_form, make, path, expected) => {
    expect(read(make(), path)).toEqual(expected);
  });

  it("keeps the options-object form working for each", () => {
    expect(new ft.Row({ controls: [a], spacing: 2 }).controls).toEqual([a]);
    expect(new ft.View({ route: "/x", controls: [b] }).route).toBe("/x");
    expect(new ft.Tabs({ tabs: [new ft.Tab("t")] }).tabs).toHaveLength(1);
    expect(new ft.Slider({ value: 0.2 }).value).toBe(0.2);
  });

  it("View takes route, controls and options together", () => {
    const view = new ft.View("/store", [a], { padding: 0, spacing: 4 });
    expect([view.route, [...view.controls], view.padding, view.spacing]).toEqual([
      "/store",
      [a],
      0,
      4,
    ]);
  });

  it("View takes an options object in place of its controls", () => {
    const view = new ft.View("/store", { controls: [a] });
    expect([view.route, view.controls.length]).toEqual(["/store", 1]);
  });

  it("the positional form still checks the options", () => {
    expect(() => new ft.Row([a], { spacing: -1 })).toThrow(/Row\.spacing/);
    expect(() => new ft.View("/", [a], { bogus: 1 } as never)).toThrow(ft.FletError);
  });
});
