// DataTable, DataColumn, DataRow and DataCell in the tester: the tree the browser gets,
// typed sort/select/tap events, and bad input refused whole with a coded error.
import * as ft from "flet-ts";
import { createTester, type Tester, type TreeNode } from "flet-ts/testing";
import { afterEach, describe, expect, it } from "vitest";

let t: Tester | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const planets = [
  ["Mercury", 0],
  ["Venus", 0],
  ["Earth", 1],
];

function table(log: string[] = []): ft.DataTable {
  return new ft.DataTable({
    columns: [
      new ft.DataColumn(new ft.Text("Planet"), {
        onSort: (e) => void log.push(`sort ${e.columnIndex} ${e.ascending}`),
      }),
      new ft.DataColumn(new ft.Text("Moons"), { numeric: true, tooltip: "Natural satellites" }),
    ],
    rows: planets.map(
      ([name, moons]) =>
        new ft.DataRow(
          [
            new ft.DataCell(new ft.Text(String(name)), {
              onTap: () => void log.push(`tap ${name}`),
              onTapDown: (e) => void log.push(`down ${e.kind} ${e.localX},${e.localY}`),
            }),
            new ft.DataCell(new ft.Text(String(moons)), { showEditIcon: true }),
          ],
          {
            onSelectChanged: (e) => {
              log.push(`select ${name} ${e.selected}`);
              e.control.selected = e.selected;
            },
          },
        ),
    ),
    sortColumnIndex: 0,
    sortAscending: true,
    showCheckboxColumn: true,
    onSelectAll: (e) => void log.push(`all ${e.selected}`),
  });
}

const view = (tester: Tester) => (tester.tree().views as TreeNode[])[0]!;

describe("DataTable", () => {
  it("sends columns, rows and cells with their props", async () => {
    t = await createTester((page) => page.add(table()));
    const node = (view(t).controls as TreeNode[])[0]!;
    expect(node).toMatchObject({
      type: "datatable",
      props: {
        sortColumnIndex: 0,
        sortAscending: true,
        showCheckboxColumn: true,
        onSelectAll: true,
      },
      columns: [
        { type: "datacolumn", props: { onSort: true }, label: { type: "text" } },
        { type: "datacolumn", props: { numeric: true, tooltip: "Natural satellites" } },
      ],
    });
    const rows = node.rows as TreeNode[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      type: "datarow",
      props: { onSelectChanged: true },
      cells: [
        { type: "datacell", props: { onTap: true, onTapDown: true } },
        { type: "datacell", props: { showEditIcon: true } },
      ],
    });
    expect(t.find.text("Earth").exists).toBe(true);
  });

  it("hands handlers typed events: sort, select, select all, tap, tap down", async () => {
    const log: string[] = [];
    t = await createTester((page) => page.add(table(log)));
    const planet = t.find.byType(ft.DataColumn).at(0);
    await t.trigger(planet, "sort", { columnIndex: 0, ascending: false });
    // Flet 0.21 browsers sent {"i":..,"a":..} as JSON text.
    await t.trigger(planet, "sort", '{"i":0,"a":true}');
    const venus = t.find.byType(ft.DataRow).at(1) as ft.DataRow;
    await t.trigger(venus, "selectChanged", true);
    expect(venus.selected).toBe(true);
    await t.trigger(venus, "selectChanged", "false");
    expect(venus.selected).toBe(false);
    await t.trigger(t.find.byType(ft.DataTable), "selectAll", true);
    await t.tap(t.find.text("Mercury"));
    await t.trigger(t.find.byType(ft.DataCell).at(0), "tapDown", {
      kind: "touch",
      localX: 3,
      localY: 4,
    });
    expect(log).toEqual([
      "sort 0 false",
      "sort 0 true",
      "select Venus true",
      "select Venus false",
      "all true",
      // A tap presses (tap down) before it taps, as the browser sends it.
      "down touch 0,0",
      "tap Mercury",
      "down touch 3,4",
    ]);
    // A cell without handlers of its own passes the tap to its row, as in the browser.
    log.length = 0;
    await t.tap(t.find.text("1"));
    await t.tap(t.find.text("1"));
    expect(log).toEqual(["select Earth true", "select Earth false"]);
  });

  it("takes Flet's constructor forms", () => {
    const label = new ft.Text("A");
    expect(new ft.DataColumn(label).label).toBe(label);
    const content = new ft.Text("x");
    expect(new ft.DataCell(content, { placeholder: true }).content).toBe(content);
    const cell = new ft.DataCell(new ft.Text("y"));
    expect(new ft.DataRow([cell], { selected: true }).cells).toEqual([cell]);
    const column = new ft.DataColumn(new ft.Text("B"));
    expect(new ft.DataTable([column], { sortAscending: true }).columns).toEqual([column]);
    expect(new ft.DataTable({ rows: [] }).dividerThickness).toBe(1);
  });

  it("refuses bad values where they are set, naming control and property", () => {
    expect(() => new ft.DataTable({ sortColumnIndex: -1 })).toThrow(
      /Expected DataTable\.sortColumnIndex to be/,
    );
    expect(() => new ft.DataTable({ sortColumnIndex: 1.5 })).toThrow(ft.FletError);
    expect(() => new ft.DataRow({ color: { hover: "red" } as never })).toThrow(
      /Expected DataRow\.color to be a colour, or an object of colours keyed by material states/,
    );
    expect(() => new ft.DataTable({ dataRowColor: { selected: "not a colour" } })).toThrow(
      /DataTable\.dataRowColor/,
    );
    expect(
      () => new ft.DataTable({ headingRowColor: { hovered: "blue100", "": "#eeeeee" } }),
    ).not.toThrow();
    expect(() => new ft.DataTable({ columnSpacing: -4 })).toThrow(/DataTable\.columnSpacing/);
  });

  it("refuses a row with more cells than columns: nothing of the update is sent", async () => {
    const data = table();
    t = await createTester((page) => page.add(data));
    const extra = new ft.DataRow([
      new ft.DataCell(new ft.Text("Mars")),
      new ft.DataCell(new ft.Text("2")),
      new ft.DataCell(new ft.Text("red")),
    ]);
    data.rows.push(extra);
    data.sortAscending = false;
    data.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    const error = t.errors[0] as ft.FletError;
    expect(error.code).toBe(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(error.message).toMatch(
      /Expected DataRow\.cells to hold one DataCell per column of its DataTable \(2\), but row 3 has 3/,
    );
    // Not half drawn: neither the row nor the other change of the same update arrived.
    expect(t.find.text("Mars").exists).toBe(false);
    expect((view(t).controls as TreeNode[])[0]!.props).toMatchObject({ sortAscending: true });
    // Fixed, the next update sends it all.
    extra.cells.pop();
    data.update();
    await t.settle();
    expect(t.find.text("Mars").exists).toBe(true);
    expect((view(t).controls as TreeNode[])[0]!.props).toMatchObject({ sortAscending: false });
  });

  it("refuses a cell added to a row already on the page", async () => {
    const data = table();
    t = await createTester((page) => page.add(data));
    const row = data.rows[0]!;
    row.cells.push(new ft.DataCell(new ft.Text("extra")));
    row.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    expect((t.errors[0] as ft.FletError).message).toMatch(/DataRow\.cells .* but a row has 3/);
    expect(t.find.text("extra").exists).toBe(false);
  });

  it("refuses a sortColumnIndex past the last column, and columns that are not DataColumns", async () => {
    const data = table();
    t = await createTester((page) => page.add(data));
    data.sortColumnIndex = 2;
    data.update();
    await t.settle();
    t.expectError(ft.ErrorCode.PROP_INVALID_VALUE);
    const error = t.errors[0] as ft.FletError;
    expect(error.code).toBe(ft.ErrorCode.PROP_INVALID_VALUE);
    expect(error.message).toMatch(
      /Expected DataTable\.sortColumnIndex to be the index of one of its 2 columns \(0 to 1\), but it is 2/,
    );
    expect((view(t).controls as TreeNode[])[0]!.props).toMatchObject({ sortColumnIndex: 0 });
    data.sortColumnIndex = 1;
    data.update();
    await t.settle();
    expect((view(t).controls as TreeNode[])[0]!.props).toMatchObject({ sortColumnIndex: 1 });
    data.columns.push(new ft.Text("not a column") as never);
    data.update();
    await t.settle();
    expect((t.errors.at(-1) as ft.FletError).message).toMatch(
      /Expected DataTable\.columns to hold DataColumns, but it holds Text/,
    );
  });
});
