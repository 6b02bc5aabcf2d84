// Tabs and Tab against the pack contract kit: every prop they declare changes what the
// browser shows (colours, indicator, alignment), and a tab change is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const tabs = () => [
  new ft.Tab("Alpha", { icon: ft.icons.HOME, content: new ft.Text("First") }),
  new ft.Tab("Beta", { content: new ft.Text("Second") }),
];

describe("Tabs against checkPackContract", () => {
  let report: PackContractReport;
  // A Tab with `tabContent` draws that instead of its text and icon (as Flet does), so
  // those two are checked on a Tab without it.
  let plainTab: PackContractReport;
  beforeAll(async () => {
    plainTab = await checkBuiltIns({
      controls: [ft.Tab],
      samples: { tab: { text: "Alpha", icon: ft.icons.HOME } },
      exempt: {
        tab: {
          ...layoutOnly,
          ...noTwin,
          tabContent: "checked in the run with tabContent below",
          content: "checked in the run with tabContent below",
        },
      },
    });
    report = await checkBuiltIns({
      controls: [ft.Tabs, ft.Tab],
      samples: {
        tabs: {
          tabs,
          selectedIndex: 1,
          indicatorBorderRadius: 4,
          indicatorBorderSide: { width: 6, color: "#1e88e5" },
          indicatorPadding: { left: 8, right: 8, bottom: 2 },
          overlayColor: { hovered: "#d81b60" },
          animationDuration: 400,
        },
        tab: {
          text: "Alpha",
          icon: ft.icons.HOME,
          tabContent: () => new ft.Text("Custom"),
          content: () => new ft.Text("Body"),
        },
      },
      exempt: {
        tabs: { ...layoutOnly, ...noTwin },
        tab: {
          ...layoutOnly,
          ...noTwin,
          text: "checked on a Tab without tabContent above",
          icon: "checked on a Tab without tabContent above",
        },
      },
      triggers: {
        tabs: { change: (control) => control.getByRole("tab", { name: "Alpha" }).click() },
      },
    });
  }, 300_000);

  it("draws every declared prop and sends its events", () => {
    expect(plainTab.failures, plainTab.format()).toEqual([]);
    expect(report.failures, report.format()).toEqual([]);
    expect(plainTab.checks.map((check) => check.member)).toEqual(
      expect.arrayContaining(["text", "icon"]),
    );
    expect(report.checks.map((check) => `${check.type}.${check.member}`)).toEqual(
      expect.arrayContaining([
        "tabs.indicatorColor",
        "tabs.labelColor",
        "tabs.unselectedLabelColor",
        "tabs.indicatorPadding",
        "tabs.change",
      ]),
    );
  });
});
