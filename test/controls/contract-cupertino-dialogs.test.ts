// The Cupertino alert dialog, bottom sheet, action sheet and context menu against the
// pack contract kit: every prop they declare changes what the browser shows, and every
// event they declare is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly } from "./contract.js";

const twin = { adaptive: "it is the Cupertino twin itself" };
const plain = { ...layoutOnly, ...twin };
const modal =
  "keeps it open on Escape and outside clicks: Flutter's barrier looks the same either way (the dismiss event is checked)";

describe("Cupertino dialogs and menus against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [
        ft.CupertinoAlertDialog,
        ft.CupertinoBottomSheet,
        ft.CupertinoActionSheet,
        ft.CupertinoContextMenu,
      ],
      samples: {
        cupertinoalertdialog: {
          open: true,
          title: () => new ft.Text("Delete?"),
          content: () => new ft.Text("It cannot be undone."),
          actions: () => [new ft.CupertinoDialogAction("Cancel")],
        },
        cupertinobottomsheet: {
          open: true,
          content: () => new ft.Text("Sheet"),
          padding: 16,
        },
        cupertinoactionsheet: {
          title: () => new ft.Text("Share"),
          message: () => new ft.Text("Pick one"),
          actions: () => [new ft.CupertinoActionSheetAction("Mail")],
          cancel: () => new ft.CupertinoActionSheetAction("Cancel"),
        },
        cupertinocontextmenu: {
          content: () => new ft.Text("Photo"),
          actions: () => [new ft.CupertinoContextMenuAction("Copy")],
        },
      },
      exempt: {
        cupertinoalertdialog: { ...plain, modal },
        cupertinobottomsheet: { ...plain, modal },
        cupertinoactionsheet: plain,
        cupertinocontextmenu: {
          ...plain,
          enableHapticFeedback: "a vibration on open (navigator.vibrate): nothing in the DOM",
        },
      },
      triggers: {
        cupertinoalertdialog: { dismiss: (_dialog, page) => page.keyboard.press("Escape") },
        cupertinobottomsheet: { dismiss: (_sheet, page) => page.keyboard.press("Escape") },
      },
    });
  }, 600_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "cupertinoalertdialog.open",
        "cupertinoalertdialog.dismiss",
        "cupertinobottomsheet.bgcolor",
        "cupertinobottomsheet.dismiss",
        "cupertinoactionsheet.opacity",
      ]),
    );
  });
});
