// AlertDialog, Banner, BottomSheet and SnackBar against the pack contract kit: every prop
// they declare changes what the browser shows, and every event is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const onDismiss =
  "acts when the user tries to dismiss it (Escape, a click outside): test/e2e/acted-props.test.ts";

describe("dialogs, banners, sheets and snackbars against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.AlertDialog, ft.Banner, ft.BottomSheet, ft.SnackBar],
      samples: {
        alertdialog: {
          open: true,
          title: () => new ft.Text("Title"),
          content: () => new ft.Text("Body"),
          actions: () => [new ft.TextButton("OK")],
          titlePadding: 8,
          contentPadding: 8,
          actionsPadding: 8,
          shape: { type: "roundedRectangle", radius: 4 },
          insetPadding: { left: 80, right: 80, top: 40, bottom: 40 },
        },
        banner: {
          open: true,
          leading: () => new ft.Icon(ft.icons.INFO),
          content: () => new ft.Text("Banner"),
          actions: () => [new ft.TextButton("OK")],
          leadingPadding: 8,
          contentPadding: 8,
        },
        bottomsheet: { open: true, content: () => new ft.Text("Sheet") },
        snackbar: {
          open: true,
          content: () => new ft.Text("Snack"),
          action: "Undo",
          showCloseIcon: true,
          behavior: ft.SnackBarBehavior.FLOATING,
          margin: 8,
          padding: 8,
        },
      },
      exempt: {
        alertdialog: { ...layoutOnly, ...noTwin, modal: onDismiss },
        banner: { ...layoutOnly, ...noTwin },
        bottomsheet: { ...layoutOnly, ...noTwin, dismissible: onDismiss },
        snackbar: {
          ...layoutOnly,
          ...noTwin,
          duration: "how long it stays open: acts over time (test/e2e/acted-props.test.ts)",
        },
      },
      triggers: {
        alertdialog: { dismiss: (_, page) => page.keyboard.press("Escape") },
        bottomsheet: { dismiss: (_, page) => page.keyboard.press("Escape") },
        snackbar: {
          action: (snack) => snack.getByRole("button", { name: "Undo" }).click(),
          dismiss: (snack) => snack.getByRole("button", { name: "Close" }).click(),
        },
        banner: { dismiss: (banner) => banner.getByRole("button", { name: "OK" }).press("Escape") },
      },
    });
  }, 900_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "alertdialog.elevation",
        "bottomsheet.enableDrag",
        "snackbar.action",
        "snackbar.dismiss",
        "banner.dismiss",
      ]),
    );
  });
});
