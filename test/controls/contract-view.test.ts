// View against the pack contract kit: the kit puts it on top of the page's view stack, so
// it is drawn as the page's top view above the first one (its app bar can go back).
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

/** Why a root member is not drawn: views fill the page. */
const ROOT = "a view fills the page: there is no parent to size or place it";

describe("View against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.View],
      samples: {
        view: {
          // Taller than the window, so it scrolls.
          controls: () => Array.from({ length: 60 }, (_, i) => new ft.Text(`Line ${i}`)),
          appbar: () => new ft.AppBar({ title: new ft.Text("Edit") }),
          floatingActionButton: () => new ft.FloatingActionButton({ icon: ft.icons.ADD }),
          scroll: ft.ScrollMode.AUTO,
          horizontalAlignment: ft.CrossAxisAlignment.CENTER,
          padding: 24,
        },
      },
      triggers: {
        view: {
          scroll: (view) =>
            view.locator(".flet-view-body").evaluate((body) => {
              body.scrollTop = 200;
            }),
        },
      },
      exempt: {
        view: {
          ...layoutOnly,
          ...noTwin,
          expand: ROOT,
          col: ROOT,
          route: "data for the app's router (which route the view is for): not drawn",
          onScrollInterval: "a setting of the scroll events' pace, read on each scroll",
        },
      },
    });
  }, 300_000);

  it("draws every declared prop and sends scroll", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => check.member);
    expect(members).toEqual(
      expect.arrayContaining(["fullscreenDialog", "autoScroll", "padding", "scroll"]),
    );
  });
});
