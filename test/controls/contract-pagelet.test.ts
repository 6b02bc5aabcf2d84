// Pagelet against the pack contract kit: every prop it declares changes what the browser
// shows (its slots are drawn in its e2e test).
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

describe("Pagelet against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Pagelet],
      samples: {
        pagelet: {
          content: () => new ft.Text("Body"),
          appbar: () => new ft.AppBar({ title: new ft.Text("Title") }),
          navigationBar: () =>
            new ft.NavigationBar([
              new ft.NavigationDestination("One", { icon: ft.icons.HOME }),
              new ft.NavigationDestination("Two", { icon: ft.icons.STAR }),
            ]),
          bottomAppbar: () => new ft.BottomAppBar(new ft.Text("Bottom")),
          bottomSheet: () => new ft.Text("Sheet"),
          drawer: () => new ft.NavigationDrawer([new ft.NavigationDrawerDestination("Start")]),
          endDrawer: () => new ft.NavigationDrawer([new ft.NavigationDrawerDestination("End")]),
          floatingActionButton: () => new ft.FloatingActionButton({ icon: ft.icons.ADD }),
          floatingActionButtonLocation: ft.FloatingActionButtonLocation.CENTER_DOCKED,
          bgcolor: ft.colors.AMBER,
        },
      },
      exempt: { pagelet: { ...layoutOnly, ...noTwin } },
    });
  }, 180_000);

  it("draws every declared prop", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => check.member)).toEqual(
      expect.arrayContaining(["floatingActionButtonLocation", "bgcolor", "width", "height"]),
    );
  });
});
