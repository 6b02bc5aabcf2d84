// AppBar, NavigationBar and NavigationDestination against the pack contract kit: every
// prop they declare changes what the browser shows, and every event is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const destinations = () => [
  new ft.NavigationDestination("Alpha", { icon: ft.icons.HOME }),
  new ft.NavigationDestination("Beta", { icon: ft.icons.STAR }),
];

describe("AppBar and NavigationBar against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.AppBar, ft.NavigationBar, ft.NavigationDestination],
      samples: {
        appbar: {
          title: () => new ft.Text("Title"),
          actions: () => [new ft.IconButton(ft.icons.SEARCH)],
        },
        navigationbar: {
          destinations,
          indicatorShape: { type: "roundedRectangle", radius: 4 },
          border: ft.border.all(1, ft.colors.GREEN),
          // Unset is Flutter's alwaysShow: the other behaviour is drawn differently.
          labelBehavior: ft.NavigationBarLabelBehavior.ONLY_SHOW_SELECTED,
        },
        navigationdestination: {
          label: "Alpha",
          icon: ft.icons.HOME,
          selectedIcon: ft.icons.HOME_FILLED,
        },
      },
      exempt: {
        appbar: { ...layoutOnly, ...noTwin },
        navigationbar: { ...layoutOnly, ...noTwin },
        navigationdestination: { ...layoutOnly, ...noTwin },
      },
      triggers: {
        navigationbar: {
          change: (bar) => bar.getByRole("button", { name: "Beta" }).click(),
        },
      },
    });
  }, 900_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining(["appbar.toolbarHeight", "navigationbar.change"]),
    );
  });
});
