import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { errorCodeOf, flagged, namesOf, propOf } from "../controls/helpers.js";

// Every Cupertino control, its wire type, whether Flet makes it a ConstrainedControl,
// and its own properties, events (handlers) and slots from the Flet 0.21 table.
const TABLE: [Function, string, boolean, string[], string[], string[]][] = [
  [
    ft.CupertinoActivityIndicator,
    "cupertinoactivityindicator",
    true,
    ["radius", "color", "animating"],
    [],
    [],
  ],
  [
    ft.CupertinoActionSheet,
    "cupertinoactionsheet",
    true,
    [],
    [],
    ["title", "message", "actions[]", "cancel"],
  ],
  [
    ft.CupertinoActionSheetAction,
    "cupertinoactionsheetaction",
    true,
    ["text", "isDefaultAction", "isDestructiveAction"],
    ["onClick"],
    ["content"],
  ],
  [
    ft.CupertinoAlertDialog,
    "cupertinoalertdialog",
    false,
    ["open", "modal"],
    ["onDismiss"],
    ["title", "content", "actions[]"],
  ],
  [
    ft.CupertinoDialogAction,
    "cupertinodialogaction",
    false,
    ["text", "isDefaultAction", "isDestructiveAction", "textStyle"],
    ["onClick"],
    ["content"],
  ],
  [
    ft.CupertinoAppBar,
    "cupertinoappbar",
    false,
    [
      "bgcolor",
      "automaticallyImplyLeading",
      "automaticallyImplyMiddle",
      "border",
      "padding",
      "transitionBetweenRoutes",
      "previousPageTitle",
    ],
    [],
    ["leading", "middle", "trailing"],
  ],
  [
    ft.CupertinoBottomSheet,
    "cupertinobottomsheet",
    false,
    ["open", "modal", "bgcolor", "padding"],
    ["onDismiss"],
    ["content"],
  ],
  [
    ft.CupertinoButton,
    "cupertinobutton",
    true,
    [
      "text",
      "icon",
      "iconColor",
      "bgcolor",
      "color",
      "disabledColor",
      "opacityOnClick",
      "minSize",
      "padding",
      "alignment",
      "borderRadius",
      "url",
      "urlTarget",
    ],
    ["onClick"],
    ["content"],
  ],
  [
    ft.CupertinoCheckbox,
    "cupertinocheckbox",
    true,
    [
      "label",
      "labelPosition",
      "value",
      "tristate",
      "autofocus",
      "checkColor",
      "activeColor",
      "inactiveColor",
      "focusColor",
    ],
    ["onChange", "onFocus", "onBlur"],
    [],
  ],
  [
    ft.CupertinoRadio,
    "cupertinoradio",
    true,
    [
      "label",
      "value",
      "labelPosition",
      "fillColor",
      "activeColor",
      "inactiveColor",
      "autofocus",
      "useCheckmarkStyle",
    ],
    ["onFocus", "onBlur"],
    [],
  ],
  [
    ft.CupertinoSwitch,
    "cupertinoswitch",
    true,
    [
      "label",
      "value",
      "labelPosition",
      "activeColor",
      "thumbColor",
      "trackColor",
      "focusColor",
      "autofocus",
    ],
    ["onChange", "onFocus", "onBlur"],
    [],
  ],
  [
    ft.CupertinoSlider,
    "cupertinoslider",
    true,
    ["value", "min", "max", "divisions", "activeColor", "thumbColor"],
    ["onChange", "onChangeStart", "onChangeEnd", "onFocus", "onBlur"],
    [],
  ],
  [
    ft.CupertinoTextField,
    "cupertinotextfield",
    true,
    [
      "value",
      "placeholderText",
      "placeholderStyle",
      "gradient",
      "blendMode",
      "shadow",
      "prefixVisibilityMode",
      "suffixVisibilityMode",
      "clearButtonSemanticsLabel",
      "label",
      "hintText",
      "password",
      "multiline",
      "maxLength",
      "keyboardType",
    ],
    ["onChange", "onSubmit", "onFocus", "onBlur"],
    ["prefix", "suffix"],
  ],
  [
    ft.CupertinoListTile,
    "cupertinolisttile",
    true,
    [
      "bgcolor",
      "bgcolorActivated",
      "padding",
      "url",
      "urlTarget",
      "toggleInputs",
      "leadingSize",
      "leadingToTitle",
      "notched",
    ],
    ["onClick"],
    ["title", "subtitle", "leading", "trailing", "additionalInfo"],
  ],
  [
    ft.CupertinoNavigationBar,
    "cupertinonavigationbar",
    true,
    ["selectedIndex", "bgcolor", "activeColor", "inactiveColor", "border", "iconSize"],
    ["onChange"],
    ["destinations[]"],
  ],
  [
    ft.CupertinoSegmentedButton,
    "cupertinosegmentedbutton",
    true,
    ["selectedIndex", "selectedColor", "unselectedColor", "borderColor", "padding"],
    ["onChange"],
    ["controls[]"],
  ],
  [
    ft.CupertinoSlidingSegmentedButton,
    "cupertinoslidingsegmentedbutton",
    true,
    ["selectedIndex", "bgcolor", "thumbColor", "padding"],
    ["onChange"],
    ["controls[]"],
  ],
  [
    ft.CupertinoPicker,
    "cupertinopicker",
    true,
    [
      "itemExtent",
      "selectedIndex",
      "bgcolor",
      "useMagnifier",
      "looping",
      "magnification",
      "squeeze",
      "diameterRatio",
      "offAxisFraction",
    ],
    ["onChange"],
    ["controls[]"],
  ],
  [
    ft.CupertinoTimerPicker,
    "cupertinotimerpicker",
    true,
    ["value", "secondInterval", "minuteInterval", "mode", "bgcolor"],
    ["onChange"],
    [],
  ],
  [
    ft.CupertinoDatePicker,
    "cupertinodatepicker",
    true,
    [
      "value",
      "firstDate",
      "lastDate",
      "bgcolor",
      "minuteInterval",
      "minimumYear",
      "maximumYear",
      "itemExtent",
      "use24hFormat",
      "datePickerMode",
      "dateOrder",
    ],
    ["onChange"],
    [],
  ],
  [
    ft.CupertinoContextMenu,
    "cupertinocontextmenu",
    false,
    ["enableHapticFeedback"],
    [],
    ["content", "actions[]"],
  ],
  [
    ft.CupertinoContextMenuAction,
    "cupertinocontextmenuaction",
    false,
    ["text", "isDefaultAction", "isDestructiveAction", "trailingIcon"],
    ["onClick"],
    ["content"],
  ],
];

describe("Cupertino catalog", () => {
  it.each(TABLE)("declares %o with its Flet wire type and base", (cls, type, constrained) => {
    const schema = ft.schemaOf(cls);
    expect(schema.type).toBe(type);
    expect(schema.className).toBe(cls.name);
    expect(ft.controlClassOf(type)).toBe(cls);
    expect(cls.prototype instanceof ft.ConstrainedControl).toBe(constrained);
  });

  it.each(TABLE)(
    "declares every property, event and slot of %o",
    (cls, _t, _c, props, events, slots) => {
      const names = namesOf(cls);
      expect(names.props).toEqual(expect.arrayContaining([...props, "adaptive", "disabled"]));
      expect(names.events).toEqual(expect.arrayContaining(events));
      expect(names.slots).toEqual(expect.arrayContaining(slots));
    },
  );

  it.each(TABLE)("lists enum values and names events after handlers on %o", (cls) => {
    for (const prop of ft.schemaOf(cls).props.filter((p) => p.kind === "enum"))
      expect(prop.values?.length, prop.name).toBeGreaterThan(1);
    for (const event of ft.schemaOf(cls).events)
      expect(`on${event.name[0]!.toUpperCase()}${event.name.slice(1)}`).toBe(event.handler);
  });

  it("registers 22 classes on 21 distinct wire types (the filled button is a cupertinobutton)", () => {
    expect(new Set(TABLE.map(([, type]) => type)).size).toBe(22);
    expect(ft.schemaOf(ft.CupertinoFilledButton).type).toBe("cupertinobutton");
    expect(new ft.CupertinoFilledButton("Go")).toBeInstanceOf(ft.CupertinoButton);
  });

  it("marks the two-way values Flet binds", () => {
    expect(flagged(ft.CupertinoPicker, "twoWay")).toEqual(["selectedIndex"]);
    expect(flagged(ft.CupertinoSegmentedButton, "twoWay")).toEqual(["selectedIndex"]);
    expect(flagged(ft.CupertinoSlidingSegmentedButton, "twoWay")).toEqual(["selectedIndex"]);
    expect(flagged(ft.CupertinoNavigationBar, "twoWay")).toEqual(["selectedIndex"]);
    for (const cls of [
      ft.CupertinoDatePicker,
      ft.CupertinoTimerPicker,
      ft.CupertinoSwitch,
      ft.CupertinoCheckbox,
      ft.CupertinoSlider,
      ft.CupertinoTextField,
    ])
      expect(flagged(cls, "twoWay"), cls.name).toEqual(["value"]);
    expect(flagged(ft.CupertinoAlertDialog, "twoWay")).toEqual(["open"]);
    expect(flagged(ft.CupertinoBottomSheet, "twoWay")).toEqual(["open"]);
    expect(flagged(ft.CupertinoRadio, "twoWay")).toEqual([]);
  });

  it("marks labels and shown text", () => {
    expect(flagged(ft.CupertinoButton, "text")).toEqual(["text"]);
    expect(flagged(ft.CupertinoSwitch, "label")).toEqual(["label"]);
    expect(flagged(ft.CupertinoTextField, "label")).toEqual(
      expect.arrayContaining(["label", "placeholderText"]),
    );
    expect(flagged(ft.CupertinoContextMenuAction, "label")).toEqual(["text"]);
  });

  it("exposes the enums as constants with Flet's wire values", () => {
    expect(propOf(ft.CupertinoDatePicker, "datePickerMode")?.values).toEqual([
      "time",
      "date",
      "dateAndTime",
      "monthYear",
    ]);
    expect(propOf(ft.CupertinoDatePicker, "dateOrder")?.values).toEqual([
      "dmy",
      "myd",
      "ymd",
      "ydm",
    ]);
    expect(propOf(ft.CupertinoTimerPicker, "mode")?.values).toEqual(["hm", "hms", "ms"]);
    expect(ft.CupertinoTimerPickerMode.MINUTE_SECONDS).toBe("ms");
    expect(ft.VisibilityMode.NOT_EDITING).toBe("notEditing");
    expect(ft.CupertinoDatePickerDateOrder.YEAR_MONTH_DAY).toBe("ymd");
  });

  it("refuses enum values Flet does not know and unknown options", () => {
    expect(errorCodeOf(() => new ft.CupertinoTimerPicker({ mode: "hours" as any }))).toBe(
      ft.ErrorCode.PROP_INVALID_VALUE,
    );
    expect(errorCodeOf(() => new ft.CupertinoDatePicker({ date_picker_mode: "date" } as any))).toBe(
      ft.ErrorCode.PROP_UNKNOWN_OPTION,
    );
  });
});

describe("constructors", () => {
  it("take a primary argument like Flet's", () => {
    expect(new ft.CupertinoButton("Edit").text).toBe("Edit");
    expect(new ft.CupertinoDialogAction("OK", { isDefaultAction: true }).isDefaultAction).toBe(
      true,
    );
    expect(new ft.CupertinoActionSheetAction("Mail").text).toBe("Mail");
    expect(new ft.CupertinoContextMenuAction("Copy").text).toBe("Copy");
    expect(new ft.CupertinoSwitch("Wi-Fi").label).toBe("Wi-Fi");
    expect(new ft.CupertinoCheckbox("A").label).toBe("A");
    expect(new ft.CupertinoRadio("B", { value: "b" }).value).toBe("b");
    const text = new ft.Text("x");
    expect(new ft.CupertinoBottomSheet(text).content).toBe(text);
  });

  it("preset the filled button's colours, overridable", () => {
    const filled = new ft.CupertinoFilledButton("Go");
    expect([filled.bgcolor, filled.color]).toEqual(["primary", "onPrimary"]);
    expect(new ft.CupertinoFilledButton({ text: "Go", bgcolor: "red" }).bgcolor).toBe("red");
  });

  it("read Flet's defaults while unset", () => {
    const picker = new ft.CupertinoPicker();
    expect([picker.selectedIndex, picker.itemExtent, picker.magnification, picker.looping]).toEqual(
      [0, 32, 1, false],
    );
    expect(new ft.CupertinoTimerPicker().mode).toBe("hms");
    expect(new ft.CupertinoDatePicker().datePickerMode).toBe("dateAndTime");
    expect(new ft.CupertinoActivityIndicator().animating).toBe(true);
    expect(new ft.CupertinoButton().opacityOnClick).toBe(0.4);
  });
});
