/**
 * The Cupertino gallery: every iOS-style control of the Cupertino pack, each with its
 * live value in a Text beside it.
 * Run: `npx tsx examples/cupertino.ts`.
 */
import * as ft from "flet-ts";

export const title = "Cupertino gallery";
export const description =
  "Every iOS-style control: pickers, sheets, menus, switches, with live values.";

function row(label: string, control: ft.Control, value: ft.Text): ft.Row {
  return new ft.Row(
    [new ft.Text(label, { width: 150, weight: ft.FontWeight.W_600 }), control, value],
    {
      verticalAlignment: ft.CrossAxisAlignment.CENTER,
      wrap: true,
    },
  );
}

export function main(page: ft.Page): void {
  page.title = "Cupertino gallery";
  page.scroll = ft.ScrollMode.AUTO;
  const show = (text: ft.Text, value: unknown) => {
    text.value = `= ${String(value)}`;
  };
  const v = () => new ft.Text("", { color: ft.colors.BLUE, italic: true });
  const [sw, cb, sl, tf, pk, tp, dp, seg, sseg, btn, act, radio] = [
    v(),
    v(),
    v(),
    v(),
    v(),
    v(),
    v(),
    v(),
    v(),
    v(),
    v(),
    v(),
  ];
  const fruits = ["Apple", "Mango", "Banana", "Orange", "Kiwi", "Pear"];
  page.appbar = new ft.CupertinoAppBar({
    leading: new ft.Icon(ft.icons.PALETTE),
    middle: new ft.Text("Cupertino"),
    trailing: new ft.CupertinoButton({
      icon: ft.icons.DARK_MODE,
      tooltip: "Toggle theme",
      onClick: () => {
        // What shows now: the system's brightness until the app chose a mode.
        const dark =
          page.themeMode === ft.ThemeMode.DARK ||
          (page.themeMode !== ft.ThemeMode.LIGHT && page.platformBrightness === "dark");
        page.themeMode = dark ? ft.ThemeMode.LIGHT : ft.ThemeMode.DARK;
      },
    }),
  });
  const sheet = new ft.CupertinoBottomSheet(
    new ft.CupertinoActionSheet({
      title: new ft.Text("Share photo"),
      message: new ft.Text("Choose where to send it"),
      actions: [
        new ft.CupertinoActionSheetAction("Mail", {
          isDefaultAction: true,
          onClick: () => show(act, "Mail"),
        }),
        new ft.CupertinoActionSheetAction("Delete", {
          isDestructiveAction: true,
          onClick: () => show(act, "Delete"),
        }),
      ],
      cancel: new ft.CupertinoActionSheetAction("Cancel", { onClick: () => show(act, "Cancel") }),
    }),
  );
  const alert = new ft.CupertinoAlertDialog({
    title: new ft.Text("Allow notifications?"),
    content: new ft.Text("You can change this in Settings."),
    actions: [
      new ft.CupertinoDialogAction("Don't allow", {
        onClick: () => {
          show(act, "Don't allow");
          page.closeDialog();
        },
      }),
      new ft.CupertinoDialogAction("Allow", {
        isDefaultAction: true,
        onClick: () => {
          show(act, "Allow");
          page.closeDialog();
        },
      }),
    ],
  });
  page.navigationBar = new ft.CupertinoNavigationBar({
    destinations: [
      new ft.NavigationDestination("Explore", { icon: ft.icons.EXPLORE }),
      new ft.NavigationDestination("Library", { icon: ft.icons.BOOKMARK }),
      new ft.NavigationDestination("Settings", { icon: ft.icons.SETTINGS }),
    ],
  });
  page.add(
    row(
      "Switch",
      new ft.CupertinoSwitch({
        label: "Wi-Fi",
        value: true,
        onChange: (e) => show(sw, e.control.value),
      }),
      sw,
    ),
    row(
      "Checkbox",
      new ft.CupertinoCheckbox({
        label: "Remember me",
        onChange: (e) => show(cb, e.control.value),
      }),
      cb,
    ),
    row(
      "Radio",
      new ft.RadioGroup(
        new ft.Row([
          new ft.CupertinoRadio("Tea", { value: "tea" }),
          new ft.CupertinoRadio("Coffee", { value: "coffee" }),
        ]),
        { value: "tea", onChange: (e) => show(radio, e.control.value) },
      ),
      radio,
    ),
    row(
      "Slider",
      new ft.CupertinoSlider({
        value: 0.4,
        divisions: 10,
        width: 220,
        onChange: (e) => show(sl, e.control.value),
      }),
      sl,
    ),
    row(
      "Text field",
      new ft.CupertinoTextField({
        placeholderText: "Your name",
        width: 220,
        onChange: (e) => show(tf, e.control.value),
      }),
      tf,
    ),
    row(
      "Segmented",
      new ft.CupertinoSegmentedButton({
        controls: [new ft.Text("Day"), new ft.Text("Week"), new ft.Text("Month")],
        onChange: (e) => show(seg, e.control.selectedIndex),
      }),
      seg,
    ),
    row(
      "Sliding",
      new ft.CupertinoSlidingSegmentedButton({
        controls: [new ft.Text("Map"), new ft.Text("Transit"), new ft.Text("Satellite")],
        onChange: (e) => show(sseg, e.control.selectedIndex),
      }),
      sseg,
    ),
    row(
      "Buttons",
      new ft.Row(
        [
          new ft.CupertinoButton("Plain", { onClick: () => show(btn, "Plain") }),
          new ft.CupertinoFilledButton("Filled", { onClick: () => show(btn, "Filled") }),
          new ft.CupertinoButton("Action sheet", {
            icon: ft.icons.SHARE,
            onClick: () => page.showBottomSheet(sheet),
          }),
          new ft.CupertinoButton("Alert", { onClick: () => page.showDialog(alert) }),
        ],
        { wrap: true },
      ),
      btn,
    ),
    row("Activity", new ft.CupertinoActivityIndicator({ radius: 14 }), act),
    row(
      "Picker",
      new ft.CupertinoPicker({
        controls: fruits.map((f) => new ft.Text(f)),
        selectedIndex: 1,
        useMagnifier: true,
        magnification: 1.15,
        width: 160,
        height: 160,
        onChange: (e) => show(pk, fruits[e.control.selectedIndex ?? 0]),
      }),
      pk,
    ),
    row(
      "Timer picker",
      new ft.CupertinoTimerPicker({
        value: 3725,
        width: 320,
        onChange: (e) => show(tp, `${e.control.value}s`),
      }),
      tp,
    ),
    row(
      "Date picker",
      new ft.CupertinoDatePicker({
        value: "2024-03-15T10:30:00",
        datePickerMode: ft.CupertinoDatePickerMode.DATE,
        firstDate: "2024-01-01",
        lastDate: "2024-12-31",
        width: 320,
        onChange: (e) => show(dp, e.control.value),
      }),
      dp,
    ),
    row(
      "Context menu",
      new ft.CupertinoContextMenu({
        content: new ft.Container({
          content: new ft.Text("Long-press or right-click me"),
          padding: 12,
          bgcolor: ft.colors.SURFACE_VARIANT,
          borderRadius: 10,
        }),
        actions: [
          new ft.CupertinoContextMenuAction("Copy", {
            trailingIcon: ft.icons.CONTENT_COPY,
            onClick: () => show(act, "Copy"),
          }),
          new ft.CupertinoContextMenuAction("Delete", {
            isDestructiveAction: true,
            trailingIcon: ft.icons.DELETE,
            onClick: () => show(act, "Delete"),
          }),
        ],
      }),
      new ft.Text(""),
    ),
    new ft.CupertinoListTile({
      leading: new ft.Icon(ft.icons.WIFI),
      title: new ft.Text("Wi-Fi"),
      additionalInfo: new ft.Text("Home"),
      trailing: new ft.Icon(ft.icons.CHEVRON_RIGHT),
      notched: true,
      onClick: () => show(act, "Wi-Fi tile"),
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await ft.app(main);
