// DataTable, DataColumn, DataRow and DataCell against the pack contract kit: every prop
// they declare changes what the browser shows, and every event is sent.
import * as ft from "flet-ts";
import type { EventTrigger, PackContractReport } from "flet-ts/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBuiltIns, layoutOnly, noTwin } from "./contract.js";

/** The transforms and animations every ConstrainedControl has (json: they need a sample). */
const constrained = {
  rotate: 0.3,
  scale: 1.2,
  offset: { x: 0.1, y: 0 },
  animateOpacity: 200,
  animateSize: 200,
  animatePosition: 200,
  animateRotation: 200,
  animateScale: 200,
  animateOffset: 200,
};

/** Waits until the cell takes taps (its handler reached the browser), then runs `act`. */
const onTappable =
  (act: EventTrigger): EventTrigger =>
  async (cell, page, instance) => {
    await page.waitForFunction(
      (id) =>
        document.querySelector(`[data-flet-id="${id}"]`)?.classList.contains("flet-dt-tappable"),
      await cell.getAttribute("data-flet-id"),
    );
    return act(cell, page, instance);
  };

const columns = () => [
  new ft.DataColumn(new ft.Text("Name"), { onSort: () => {} }),
  new ft.DataColumn(new ft.Text("Size"), { numeric: true }),
];
const rows = () => [
  new ft.DataRow([new ft.DataCell(new ft.Text("a")), new ft.DataCell(new ft.Text("1"))], {
    onSelectChanged: () => {},
  }),
  new ft.DataRow([new ft.DataCell(new ft.Text("b")), new ft.DataCell(new ft.Text("2"))], {
    selected: true,
    onSelectChanged: () => {},
  }),
];

describe("DataTable against checkPackContract", () => {
  let report: PackContractReport;
  beforeAll(async () => {
    const side = { width: 2, color: "#d81b60" };
    report = await checkBuiltIns({
      controls: [ft.DataTable, ft.DataColumn, ft.DataRow, ft.DataCell],
      samples: {
        datatable: {
          ...constrained,
          clipBehavior: ft.ClipBehavior.HARD_EDGE,
          // New children per mount (the kit mounts the control once per check).
          get columns() {
            return columns();
          },
          get rows() {
            return rows();
          },
          showCheckboxColumn: true,
          sortColumnIndex: 1,
          headingRowColor: { "": "#d81b60" },
          dataRowColor: { selected: "#d81b60" },
          headingTextStyle: { size: 20, color: "#d81b60" },
          dataTextStyle: { italic: true },
          horizontalLines: side,
          verticalLines: side,
          border: ft.border.all(2, "#d81b60"),
          borderRadius: 12,
          gradient: ft.linearGradient(["#d81b60", "#1e88e5"]),
          opacity: 0.5,
          tooltip: "A table",
        },
        datacolumn: {
          get label() {
            return new ft.Text("Column");
          },
          opacity: 0.5,
          tooltip: "A column",
        },
        datarow: {
          get cells() {
            return [new ft.DataCell(new ft.Text("cell"))];
          },
          color: { hovered: "#d81b60", "": "#1e88e5" },
          opacity: 0.5,
          tooltip: "A row",
        },
        datacell: {
          get content() {
            return new ft.Text("cell");
          },
          opacity: 0.5,
          tooltip: "A cell",
        },
      },
      exempt: {
        datatable: { ...layoutOnly, ...noTwin },
        datacolumn: { ...layoutOnly, ...noTwin },
        datarow: { ...layoutOnly, ...noTwin },
        datacell: { ...layoutOnly, ...noTwin },
      },
      triggers: {
        datatable: {
          // Nothing in the DOM tells that the handler reached the browser: click a few
          // times (the box is controlled, so clicks change nothing until one is sent).
          selectAll: async (table, page) => {
            const box = table.getByRole("checkbox", { name: "Select all rows" });
            for (let i = 0; i < 4; i++) {
              await box.click();
              await page.waitForTimeout(250);
            }
          },
        },
        datacolumn: {
          sort: async (column, page) => {
            const button = column.getByRole("button");
            await button.waitFor();
            await button.click();
            await page.keyboard.press("Enter");
          },
        },
        datarow: {
          selectChanged: (row) => row.getByRole("checkbox").click(),
          longPress: async (row) => {
            // The row takes presses once its handler reached the browser.
            await row.and(row.page().locator(".flet-dt-active")).waitFor();
            await row.locator("td").nth(1).dispatchEvent("pointerdown");
          },
        },
        datacell: {
          tap: onTappable((cell) => cell.click()),
          doubleTap: onTappable((cell) => cell.dblclick()),
          longPress: onTappable((cell) => cell.dispatchEvent("pointerdown")),
          tapDown: onTappable((cell) => cell.dispatchEvent("pointerdown")),
          tapCancel: onTappable(async (cell) => {
            await cell.dispatchEvent("pointerdown");
            await cell.dispatchEvent("pointerleave");
          }),
        },
      },
    });
  }, 300_000);

  it("draws every declared prop of the four controls and sends their events", () => {
    expect(report.failures, report.format()).toEqual([]);
    expect(report.checks.map((check) => `${check.type}.${check.member}`)).toEqual(
      expect.arrayContaining([
        "datatable.sortColumnIndex",
        "datatable.clipBehavior",
        "datatable.selectAll",
        "datacolumn.numeric",
        "datacolumn.sort",
        "datarow.color",
        "datarow.selectChanged",
        "datacell.showEditIcon",
        "datacell.tapCancel",
      ]),
    );
  });
});
