import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";
import { errorCodeOf, flagged, namesOf, propOf } from "./helpers.js";

describe.each([ft.AlertDialog, ft.SnackBar, ft.BottomSheet, ft.Banner])(
  "%o as an overlay",
  (cls) => {
    it("binds open two-way, because the browser closes it", () => {
      expect(flagged(cls, "twoWay")).toEqual(["open"]);
      expect(propOf(cls, "open")).toMatchObject({ kind: "boolean", default: false });
    });

    it("reads closed while unset", () => {
      expect(new cls().open).toBe(false);
    });

    it("refuses a string open", () => {
      expect(errorCodeOf(() => new cls({ open: "yes" as any }))).toBe(
        ft.ErrorCode.PROP_INVALID_VALUE,
      );
    });
  },
);

describe(ft.AlertDialog, () => {
  it("declares title, content, icon and actions slots", () => {
    expect(namesOf(ft.AlertDialog).slots).toEqual(["title", "content", "actions[]", "icon"]);
  });

  it("declares Flet's AlertDialog properties and onDismiss", () => {
    const { props, events } = namesOf(ft.AlertDialog);
    expect(props).toEqual(
      expect.arrayContaining([
        "modal",
        "bgcolor",
        "elevation",
        "titlePadding",
        "contentPadding",
        "actionsPadding",
        "actionsAlignment",
        "shape",
        "insetPadding",
        "semanticsLabel",
      ]),
    );
    expect(events).toContain("onDismiss");
    expect(flagged(ft.AlertDialog, "label")).toEqual(["semanticsLabel"]);
  });

  it("takes options only", () => {
    const title = new ft.Text("Delete?");
    const dialog = new ft.AlertDialog({
      title,
      modal: true,
      actionsAlignment: ft.MainAxisAlignment.END,
    });
    expect([dialog.title, dialog.modal, dialog.actionsAlignment]).toEqual([title, true, "end"]);
  });
});

describe(ft.SnackBar, () => {
  it("takes the content first", () => {
    const message = new ft.Text("Saved");
    const bar = new ft.SnackBar(message, {
      action: "Undo",
      behavior: ft.SnackBarBehavior.FLOATING,
    });
    expect([bar.content, bar.action, bar.behavior]).toEqual([message, "Undo", "floating"]);
  });

  it("declares Flet's SnackBar properties and onAction", () => {
    const { props, events } = namesOf(ft.SnackBar);
    expect(props).toEqual(
      expect.arrayContaining([
        "behavior",
        "dismissDirection",
        "showCloseIcon",
        "action",
        "actionColor",
        "closeIconColor",
        "bgcolor",
        "duration",
        "margin",
        "padding",
        "width",
        "elevation",
      ]),
    );
    expect(events).toEqual(expect.arrayContaining(["onAction"]));
    expect(new ft.SnackBar().duration).toBe(4000);
    expect(flagged(ft.SnackBar, "text")).toEqual(["action"]);
  });

  it("refuses a dismiss direction Flet does not know", () => {
    expect(errorCodeOf(() => new ft.SnackBar({ dismissDirection: "left" as any }))).toBe(
      ft.ErrorCode.PROP_INVALID_VALUE,
    );
  });
});

describe(ft.BottomSheet, () => {
  it("takes the content first", () => {
    const body = new ft.Text("Share");
    expect(new ft.BottomSheet(body).content).toBe(body);
  });

  it("declares Flet's BottomSheet properties with their defaults", () => {
    const sheet = new ft.BottomSheet();
    expect([
      sheet.dismissible,
      sheet.enableDrag,
      sheet.showDragHandle,
      sheet.useSafeArea,
      sheet.isScrollControlled,
      sheet.maintainBottomViewInsetsPadding,
    ]).toEqual([true, false, false, true, false, true]);
    expect(namesOf(ft.BottomSheet).events).toContain("onDismiss");
  });
});

describe(ft.Banner, () => {
  it("takes the content first and lists actions", () => {
    const message = new ft.Text("Offline");
    const dismiss = new ft.TextButton("Dismiss");
    const banner = new ft.Banner(message, {
      actions: [dismiss],
      leading: new ft.Icon(ft.icons.WIFI_OFF),
    });
    expect([banner.content, banner.actions]).toEqual([message, [dismiss]]);
  });

  it("declares Flet's Banner properties", () => {
    expect(namesOf(ft.Banner).props).toEqual(
      expect.arrayContaining(["leadingPadding", "contentPadding", "forceActionsBelow", "bgcolor"]),
    );
    expect(namesOf(ft.Banner).slots).toEqual(["leading", "content", "actions[]"]);
  });
});
