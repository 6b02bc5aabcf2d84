// The Cupertino app bar (iOS navigation bar) and navigation bar (tab bar) against the
// pack contract kit: every prop they declare changes what the browser shows, and every
// event they declare is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly } from "./contract.js";

const twin = { adaptive: "it is the Cupertino twin itself" };
const plain = { ...layoutOnly, ...twin };
const tabs = () => [
  new ft.NavigationDestination("Home", { icon: ft.icons.HOME }),
  new ft.NavigationDestination("Star", { icon: ft.icons.STAR }),
];

describe("Cupertino bars against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.CupertinoAppBar, ft.CupertinoNavigationBar],
      samples: {
        cupertinoappbar: {
          trailing: () => new ft.Icon(ft.icons.SETTINGS),
          border: ft.border.all(2, "#d81b60"),
          padding: { left: 12, right: 12 },
          previousPageTitle: "Inbox",
        },
        cupertinonavigationbar: {
          destinations: tabs,
          border: ft.border.all(2, "#d81b60"),
        },
      },
      exempt: {
        cupertinoappbar: {
          ...plain,
          transitionBetweenRoutes:
            "browser no-op: the browser swaps views without a route animation, so there is no bar transition",
        },
        cupertinonavigationbar: plain,
      },
      triggers: {
        cupertinonavigationbar: {
          change: (bar) => bar.getByRole("tab", { name: "Star" }).click(),
        },
      },
    });
  }, 600_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining([
        "cupertinoappbar.automaticallyImplyLeading",
        "cupertinoappbar.previousPageTitle",
        "cupertinonavigationbar.border",
        "cupertinonavigationbar.change",
      ]),
    );
  });
});
