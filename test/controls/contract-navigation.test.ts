// NavigationRail, NavigationDrawer and their destinations against the pack contract kit:
// every prop they declare changes what the browser shows, and every event is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const railDestinations = () => [
  new ft.NavigationRailDestination("Alpha", { icon: ft.icons.HOME }),
  new ft.NavigationRailDestination("Beta", { icon: ft.icons.STAR }),
];
const drawerControls = () => [
  new ft.NavigationDrawerDestination("Alpha", { icon: ft.icons.HOME }),
  new ft.NavigationDrawerDestination("Beta", { icon: ft.icons.STAR }),
];
const destination = { label: "Alpha", icon: ft.icons.HOME };

describe("navigation controls against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [
        ft.NavigationRail,
        ft.NavigationRailDestination,
        ft.NavigationDrawer,
        ft.NavigationDrawerDestination,
      ],
      samples: {
        navigationrail: {
          destinations: railDestinations,
          selectedIndex: 1,
          height: 300,
          indicatorShape: { type: "roundedRectangle", radius: 4 },
          groupAlignment: 0,
        },
        navigationraildestination: {
          ...destination,
          selectedIcon: ft.icons.HOME_FILLED,
          padding: 6,
        },
        navigationdrawer: {
          controls: drawerControls,
          open: true,
          selectedIndex: 1,
          indicatorShape: { type: "roundedRectangle", radius: 4 },
          tilePadding: { left: 20, right: 20 },
          elevation: 6,
        },
        navigationdrawerdestination: { ...destination, selectedIcon: ft.icons.HOME_FILLED },
      },
      exempt: {
        navigationrail: { ...layoutOnly, ...noTwin },
        navigationraildestination: { ...layoutOnly, ...noTwin },
        navigationdrawer: { ...layoutOnly, ...noTwin },
        navigationdrawerdestination: { ...layoutOnly, ...noTwin },
      },
      triggers: {
        navigationrail: {
          change: (rail) => rail.getByRole("button", { name: "Alpha" }).click(),
        },
        navigationdrawer: {
          change: (drawer) => drawer.getByRole("button", { name: "Alpha" }).click(),
          dismiss: (_drawer, page) => page.keyboard.press("Escape"),
          // Closed, then asked to open as the app bar's menu button does.
          open: (drawer) =>
            drawer.evaluate((element) => {
              (element as HTMLDialogElement).close();
              element.dispatchEvent(new CustomEvent("flet-drawer-open"));
            }),
        },
      },
    });
  }, 180_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "navigationrail.groupAlignment",
        "navigationrail.change",
        "navigationdrawer.tilePadding",
        "navigationdrawer.open",
        "navigationdrawer.dismiss",
        "navigationraildestination.padding",
      ]),
    );
  });
});
