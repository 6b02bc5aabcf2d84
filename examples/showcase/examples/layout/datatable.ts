import * as ft from "flet-ts";
import { notify } from "../../feedback.js";
import type { GalleryControl } from "../../model.js";

export const control: GalleryControl = {
  slug: "datatable",
  name: "DataTable",
  description: "A Material Design data table.",
  examples: [
    {
      name: "A simple DataTable",
      example: () =>
        new ft.DataTable({
          columns: [
            new ft.DataColumn(new ft.Text("First name")),
            new ft.DataColumn(new ft.Text("Last name")),
            new ft.DataColumn(new ft.Text("Age"), { numeric: true }),
          ],
          rows: [
            ["John", "Smith", "43"],
            ["Jack", "Brown", "19"],
            ["Alice", "Wong", "25"],
          ].map((row) => new ft.DataRow(row.map((cell) => new ft.DataCell(new ft.Text(cell))))),
        }),
    },
    {
      name: "A styled DataTable",
      example: (page) =>
        new ft.DataTable({
          width: 700,
          bgcolor: "yellow",
          border: ft.border.all(2, "red"),
          borderRadius: 10,
          verticalLines: ft.borderSide(3, "blue"),
          horizontalLines: ft.borderSide(1, "green"),
          sortColumnIndex: 0,
          sortAscending: true,
          headingRowColor: ft.colors.BLACK12,
          headingRowHeight: 100,
          dataRowColor: { hovered: "#30FF0000" },
          showCheckboxColumn: true,
          dividerThickness: 0,
          columnSpacing: 200,
          columns: [
            new ft.DataColumn(new ft.Text("Column 1"), {
              onSort: (e) => notify(page, `${e.columnIndex}, ${e.ascending}`),
            }),
            new ft.DataColumn(new ft.Text("Column 2"), {
              tooltip: "This is a second column",
              numeric: true,
              onSort: (e) => notify(page, `${e.columnIndex}, ${e.ascending}`),
            }),
          ],
          rows: [
            new ft.DataRow([new ft.DataCell(new ft.Text("A")), new ft.DataCell(new ft.Text("1"))], {
              selected: true,
              onSelectChanged: (e) => notify(page, `row select changed: ${e.data}`),
            }),
            new ft.DataRow([new ft.DataCell(new ft.Text("B")), new ft.DataCell(new ft.Text("2"))]),
          ],
        }),
    },
  ],
};
