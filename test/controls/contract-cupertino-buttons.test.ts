// The Cupertino buttons, action rows, list tile and activity indicator against the pack
// contract kit: every prop they declare changes what the browser shows, and every event
// they declare is sent. CupertinoFilledButton is a `cupertinobutton` on the wire (a
// CupertinoButton with a filled default), so the button's checks cover it.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly } from "./contract.js";

const twin = { adaptive: "it is the Cupertino twin itself" };
const plain = { ...layoutOnly, ...twin };
const opensOnClick = "where url opens: only seen when it is clicked (url is checked)";

describe("Cupertino buttons and rows against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [
        ft.CupertinoButton,
        ft.CupertinoDialogAction,
        ft.CupertinoActionSheetAction,
        ft.CupertinoContextMenuAction,
        ft.CupertinoListTile,
        ft.CupertinoActivityIndicator,
      ],
      samples: {
        cupertinobutton: {
          text: "Send",
          icon: ft.icons.SEND,
          padding: 12,
          alignment: { x: -1, y: 0 },
          borderRadius: 12,
          width: 200,
        },
        cupertinodialogaction: { text: "OK", textStyle: { size: 20, italic: true } },
        cupertinoactionsheetaction: { text: "Share" },
        cupertinocontextmenuaction: { text: "Copy", trailingIcon: ft.icons.COPY },
        cupertinolisttile: {
          title: () => new ft.Text("Wi-Fi"),
          leading: () => new ft.Icon(ft.icons.WIFI),
          padding: 12,
        },
        cupertinoactivityindicator: {},
      },
      exempt: {
        cupertinobutton: { ...plain, urlTarget: opensOnClick },
        cupertinodialogaction: plain,
        cupertinoactionsheetaction: plain,
        cupertinocontextmenuaction: plain,
        cupertinolisttile: { ...plain, urlTarget: opensOnClick },
        cupertinoactivityindicator: plain,
      },
    });
  }, 600_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "cupertinobutton.opacityOnClick",
        "cupertinobutton.click",
        "cupertinolisttile.notched",
        "cupertinoactivityindicator.animating",
      ]),
    );
  });
});
