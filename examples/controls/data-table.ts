/**
 * Data table: the planets of the solar system in a DataTable that sorts by any column
 * (click a header) and selects rows (checkboxes, a click on a row, or the header's
 * select-all box), with a status line saying what is selected and how it is sorted.
 */
import * as ft from "flet-ts";

export const title = "Data table";
export const description = "A sortable, selectable table of planets with a status line.";
export const controls = ["DataTable", "DataColumn", "DataRow", "DataCell"] as const;

interface Planet {
  readonly name: string;
  readonly kind: string;
  readonly moons: number;
  /** Mass in Earth masses. */
  readonly mass: number;
  note?: string;
}

const PLANETS: readonly Planet[] = [
  { name: "Mercury", kind: "Rocky", moons: 0, mass: 0.055 },
  { name: "Venus", kind: "Rocky", moons: 0, mass: 0.815 },
  { name: "Earth", kind: "Rocky", moons: 1, mass: 1, note: "Home" },
  { name: "Mars", kind: "Rocky", moons: 2, mass: 0.107 },
  { name: "Jupiter", kind: "Gas giant", moons: 95, mass: 317.8 },
  { name: "Saturn", kind: "Gas giant", moons: 146, mass: 95.2 },
  { name: "Uranus", kind: "Ice giant", moons: 28, mass: 14.5 },
  { name: "Neptune", kind: "Ice giant", moons: 16, mass: 17.1 },
];

const COLUMNS: readonly [string, (planet: Planet) => string | number, boolean][] = [
  ["Planet", (planet) => planet.name, false],
  ["Type", (planet) => planet.kind, false],
  ["Moons", (planet) => planet.moons, true],
  ["Mass (Earths)", (planet) => planet.mass, true],
];

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const planets = PLANETS.map((planet) => ({ ...planet }));
  const selected = new Set<string>();
  const status = new ft.Text("");
  let sortIndex = 0;
  let ascending = true;

  const describe = () => {
    const count = selected.size;
    const which = count === 0 ? "No planet" : count === 1 ? "1 planet" : `${count} planets`;
    const order = ascending ? "ascending" : "descending";
    status.value = `${which} selected. Sorted by ${COLUMNS[sortIndex]![0]}, ${order}.`;
  };

  const noteCell = (planet: Planet) =>
    new ft.DataCell(new ft.Text(planet.note ?? "Add a note"), {
      placeholder: planet.note === undefined,
      showEditIcon: true,
      onTap: () => {
        planet.note = planet.note === undefined ? "Visited" : undefined;
        build();
        status.value = `${planet.name}: ${planet.note ?? "note cleared"}.`;
      },
    });

  const rowOf = (planet: Planet) =>
    new ft.DataRow(
      [
        ...COLUMNS.map(([, value]) => new ft.DataCell(new ft.Text(String(value(planet))))),
        noteCell(planet),
      ],
      {
        selected: selected.has(planet.name),
        onSelectChanged: (e) => {
          if (e.selected) selected.add(planet.name);
          else selected.delete(planet.name);
          e.control.selected = e.selected;
          describe();
        },
      },
    );

  const table = new ft.DataTable({
    columns: [
      ...COLUMNS.map(
        ([label, , numeric]) =>
          new ft.DataColumn(new ft.Text(label), {
            numeric,
            tooltip: `Sort by ${label.toLowerCase()}`,
            onSort: (e) => {
              sortIndex = e.columnIndex;
              ascending = e.ascending;
              build();
            },
          }),
      ),
      new ft.DataColumn(new ft.Text("Notes")),
    ],
    showCheckboxColumn: true,
    sortColumnIndex: 0,
    sortAscending: true,
    borderRadius: 12,
    border: ft.border.all(1, ft.colors.OUTLINE_VARIANT),
    headingRowColor: ft.colors.SURFACE_VARIANT,
    clipBehavior: ft.ClipBehavior.ANTI_ALIAS,
    onSelectAll: (e) => {
      for (const planet of planets) {
        if (e.selected) selected.add(planet.name);
        else selected.delete(planet.name);
      }
      for (const row of table.rows) row.selected = e.selected;
      describe();
    },
  });

  function build(): void {
    const value = COLUMNS[sortIndex]![1];
    const sorted = [...planets].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = typeof x === "number" ? x - (y as number) : x.localeCompare(String(y));
      return ascending ? order : -order;
    });
    table.rows = sorted.map(rowOf);
    table.sortColumnIndex = sortIndex;
    table.sortAscending = ascending;
    describe();
  }

  build();
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    new ft.Text("Click a header to sort, a row or its box to select it, a note to edit it."),
    table,
    status,
  );
}
