// Column, Row, Stack, ListView, GridView and ResponsiveRow against the pack contract kit:
// besides the layout rules (test/layout), every prop they declare (spacing, alignment,
// scroll, wrap...) changes what the browser shows, and every event is sent.
import * as ft from "flet-ts";
import type { PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

const items = () => [new ft.Text("One"), new ft.Text("Two"), new ft.Text("Three")];
const scrolling = { controls: items, width: 200, height: 120 };
/** What the scrollable controls do over time, which a DOM snapshot cannot show. */
const scrolled = {
  autoScroll:
    "it moves the scroll position to the end, which is not in the DOM (test/e2e/acted-props.test.ts)",
  onScrollInterval: "the least time between two scroll events: it acts while scrolling",
};

describe("layout controls against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    report = await checkBuiltIns({
      controls: [ft.Column, ft.Row, ft.Stack, ft.ListView, ft.GridView, ft.ResponsiveRow],
      samples: {
        column: { ...scrolling, scroll: ft.ScrollMode.AUTO },
        row: { ...scrolling, scroll: ft.ScrollMode.AUTO },
        stack: { controls: items, width: 200, height: 120 },
        // Lists and grids scroll unset (as auto): a hidden scrollbar is drawn differently.
        listview: { ...scrolling, scroll: ft.ScrollMode.HIDDEN, padding: 8 },
        gridview: { ...scrolling, scroll: ft.ScrollMode.HIDDEN, padding: 8 },
        responsiverow: {
          controls: items,
          columns: 6,
          spacing: { xs: 4, md: 8 },
          runSpacing: { xs: 4, md: 8 },
        },
      },
      exempt: {
        column: { ...layoutOnly, ...noTwin, ...scrolled },
        row: { ...layoutOnly, ...noTwin, ...scrolled },
        stack: { ...layoutOnly, ...noTwin },
        listview: { ...layoutOnly, ...noTwin, ...scrolled },
        gridview: { ...layoutOnly, ...noTwin, ...scrolled },
        responsiverow: { ...layoutOnly, ...noTwin },
      },
      triggers: Object.fromEntries(
        ["column", "row", "listview", "gridview"].map((type) => [
          type,
          {
            scroll: (box: import("playwright-core").Locator) =>
              box.evaluate((element) => {
                element.scrollTop = 40;
                element.scrollLeft = 40;
                element.dispatchEvent(new Event("scroll"));
              }),
          },
        ]),
      ),
    });
  }, 900_000);

  it("draws every declared prop and sends every event", () => {
    expect(report.failures, report.format()).toEqual([]);
    const members = report.checks.map((check) => `${check.type}.${check.member}`);
    expect(members).toEqual(
      expect.arrayContaining(["column.spacing", "row.wrap", "gridview.runsCount"]),
    );
  });
});
