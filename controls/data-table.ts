import {
  ConstrainedControl,
  Control,
  ControlEvent,
  type ControlOptions,
  checks,
  child,
  children,
  control,
  ErrorCode,
  type EventHandler,
  enumValues,
  event,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { numberField, payloadOf } from "./events/payload.js";
import { TapEvent } from "./events/tap-event.js";
import { stateColor } from "./state-color.js";
import type { Border, BorderSide } from "./types/border.js";
import type { BorderRadiusValue } from "./types/border-radius.js";
import { ClipBehavior } from "./types/box.js";
import type { StateValue } from "./types/button-style.js";
import type { ColorValue } from "./types/colors.js";
import type { Gradient } from "./types/gradient.js";
import type { TextStyle } from "./types/text.js";

/**
 * A column header was clicked: `DataColumn.onSort`. The app sorts its rows and sets
 * `DataTable.sortColumnIndex` and `sortAscending` to match.
 *
 * @example
 * ```ts
 * new ft.DataColumn(new ft.Text("Name"), {
 *   onSort: (e) => sortRows(e.columnIndex, e.ascending),
 * });
 * ```
 */
export class DataColumnSortEvent extends ControlEvent<DataColumn> {
  /** The index of the column in `DataTable.columns`. */
  readonly columnIndex: number;
  /** The order asked for: `true` for ascending (a new column, or a descending one). */
  readonly ascending: boolean;

  constructor(control: DataColumn, name: string, data?: unknown) {
    super(control, name, data);
    const payload = payloadOf(data);
    this.columnIndex = numberField(payload, ["columnIndex", "i"]);
    this.ascending = (payload.ascending ?? payload.a) === true;
  }
}

/**
 * A row's checkbox (or the row) was toggled, or the header checkbox asked to select or
 * clear every row: `DataRow.onSelectChanged` and `DataTable.onSelectAll`. Selection is
 * not two-way: the app sets `selected` itself.
 *
 * @example
 * ```ts
 * new ft.DataRow([cell], { onSelectChanged: (e) => { e.control.selected = e.selected; } });
 * ```
 */
export class DataSelectEvent<TControl extends Control = Control> extends ControlEvent<TControl> {
  /** The selection asked for. */
  readonly selected: boolean;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    this.selected = data === true || data === "true";
  }
}

/**
 * The header of one column of a {@link DataTable}: its label, whether it holds numbers
 * (right-aligned), a tooltip, and whether a click on it sorts (`onSort`).
 *
 * @example
 * ```ts
 * new ft.DataColumn(new ft.Text("Mass"), { numeric: true, tooltip: "Earth masses" });
 * ```
 */
@control("datacolumn")
export class DataColumn extends Control {
  /**
   * @param label - The header's content (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(label?: Control | ControlOptions<DataColumn>, options?: ControlOptions<DataColumn>) {
    super(withPrimary("label", label, options));
  }

  /** The header's content, usually a Text. */
  @child() accessor label: Control | undefined;
  /** The column holds numbers: its header and cells are right-aligned. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor numeric: boolean | undefined;
  /** The header was clicked: the app sorts by this column (the header is then a button). */
  @event({ type: DataColumnSortEvent }) accessor onSort:
    | EventHandler<DataColumnSortEvent>
    | undefined;
}

/**
 * One cell of a {@link DataRow}: a control, optionally a placeholder (greyed) or with an
 * edit icon, and its own tap handlers (a cell with one does not toggle its row).
 *
 * @example
 * ```ts
 * new ft.DataCell(new ft.Text("42"), { showEditIcon: true, onTap: () => edit(row) });
 * ```
 */
@control("datacell")
export class DataCell extends Control {
  /**
   * @param content - The cell's content (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(content?: Control | ControlOptions<DataCell>, options?: ControlOptions<DataCell>) {
    super(withPrimary("content", content, options));
  }

  /** The content, usually a Text. */
  @child() accessor content: Control | undefined;
  /**
   * The content is a placeholder (for example "Add a name"): its text is greyed, in the
   * theme's on-surface-variant colour (Flutter fades it to 38 %, below WCAG AA contrast).
   */
  @prop({ kind: "boolean", default: false }) accessor placeholder: boolean | undefined;
  /** Shows a pencil after the content, saying the cell can be edited (on tap). */
  @prop({ kind: "boolean", default: false }) accessor showEditIcon: boolean | undefined;
  /** The cell was clicked (or Enter/Space while it has focus). */
  @event() accessor onTap: EventHandler<ControlEvent<DataCell>> | undefined;
  /** The cell was double-clicked; a single click then waits a moment for a second one. */
  @event() accessor onDoubleTap: EventHandler<ControlEvent<DataCell>> | undefined;
  /** The cell was pressed and held (half a second). */
  @event() accessor onLongPress: EventHandler<ControlEvent<DataCell>> | undefined;
  /** A press on the cell did not end as a tap (the pointer left, or it became a long press). */
  @event() accessor onTapCancel: EventHandler<ControlEvent<DataCell>> | undefined;
  /** The pointer went down on the cell, with where and what pressed. */
  @event({ type: TapEvent }) accessor onTapDown: EventHandler<TapEvent<DataCell>> | undefined;
}

/**
 * One row of a {@link DataTable}: one {@link DataCell} per column, a colour (per state),
 * and selection. With `onSelectChanged`, clicking the row or its checkbox asks to toggle
 * `selected`; the app sets it.
 *
 * @example
 * ```ts
 * new ft.DataRow([new ft.DataCell(new ft.Text("Mars")), new ft.DataCell(new ft.Text("0.11"))], {
 *   onSelectChanged: (e) => { e.control.selected = e.selected; },
 * });
 * ```
 */
@control("datarow")
export class DataRow extends Control {
  /**
   * @param cells - The cells, one per column (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(cells?: DataCell[] | ControlOptions<DataRow>, options?: ControlOptions<DataRow>) {
    super(withPrimary("cells", cells, options));
  }

  /** The cells, one per column of the table, in column order. */
  @children() accessor cells!: DataCell[];
  /**
   * The row's background: a colour, or one per state (`selected`, `hovered`, `pressed`,
   * `focused`, `""` for the rest). Overrides `DataTable.dataRowColor`.
   */
  @prop({ kind: "json", check: stateColor }) accessor color: StateValue<ColorValue> | undefined;
  /** The row is selected: its checkbox is checked and it is tinted. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor selected: boolean | undefined;
  /** The row was pressed and held (on a cell without handlers of its own). */
  @event() accessor onLongPress: EventHandler<ControlEvent<DataRow>> | undefined;
  /** The user asked to toggle the row's selection (its checkbox, or a click on the row). */
  @event({ type: DataSelectEvent }) accessor onSelectChanged:
    | EventHandler<DataSelectEvent<DataRow>>
    | undefined;

  override validate(): void {
    checkCells(this, this.parent);
  }
}

/**
 * Throws when `row` holds something other than DataCells, or when it is in a DataTable
 * and its cell count differs from the table's column count.
 */
function checkCells(row: DataRow, table: Control | undefined, index?: number): void {
  const cells = row.cells;
  const odd = cells.find((cell) => !(cell instanceof DataCell));
  if (odd)
    throw new FletError(
      ErrorCode.PROP_INVALID_VALUE,
      `Expected DataRow.cells to hold DataCells, but it holds ${(odd as object).constructor.name}. Wrap the content: new ft.DataCell(content).`,
      { control: row.uid, prop: "cells" },
    );
  if (!(table instanceof DataTable)) return;
  const columns = table.columns;
  if (cells.length === columns.length) return;
  const which = index === undefined ? "a row" : `row ${index}`;
  throw new FletError(
    ErrorCode.PROP_INVALID_VALUE,
    `Expected DataRow.cells to hold one DataCell per column of its DataTable (${columns.length}), but ${which} has ${cells.length}. Give every row as many cells as DataTable.columns has columns. Nothing of this update was sent.`,
    { control: row.uid, prop: "cells" },
  );
}

/**
 * A Material data table (Flutter's `DataTable`): a header row of {@link DataColumn}s and
 * {@link DataRow}s of {@link DataCell}s, with sorting (an arrow on the sorted column,
 * `onSort` on each column), row selection (a checkbox column, a select-all checkbox), and
 * Flet's look: heading and row heights, margins, dividers, lines, borders, colours.
 *
 * Drawn as a real `<table>` (column headers, `aria-sort`, labelled checkboxes) that
 * scrolls sideways inside its box when wider than it. Every row needs one cell per column,
 * and `sortColumnIndex` must name a column: an update breaking either is refused whole
 * with `FLET_ERR_PROP_INVALID_VALUE`.
 *
 * @example
 * ```ts
 * new ft.DataTable({
 *   columns: [new ft.DataColumn(new ft.Text("Planet")), new ft.DataColumn(new ft.Text("Moons"), { numeric: true })],
 *   rows: [new ft.DataRow([new ft.DataCell(new ft.Text("Mars")), new ft.DataCell(new ft.Text("2"))])],
 *   sortColumnIndex: 0,
 *   sortAscending: true,
 * });
 * ```
 */
@control("datatable")
export class DataTable extends ConstrainedControl {
  /**
   * @param columns - The columns (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    columns?: DataColumn[] | ControlOptions<DataTable>,
    options?: ControlOptions<DataTable>,
  ) {
    super(withPrimary("columns", columns, options));
  }

  /** The columns' headers, left to right. */
  @children() accessor columns!: DataColumn[];
  /** The rows, each with one cell per column. */
  @children() accessor rows!: DataRow[];
  /** The column whose header shows the sort arrow (an index into `columns`). */
  @prop({ kind: "number", check: checks.nonNegativeInteger }) accessor sortColumnIndex:
    | number
    | undefined;
  /** The sorted column is in ascending order (the arrow points up). Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor sortAscending: boolean | undefined;
  /**
   * Shows a checkbox before each selectable row (one with `onSelectChanged`) and a
   * select-all checkbox in the header. Default `false`.
   */
  @prop({ kind: "boolean", default: false }) accessor showCheckboxColumn: boolean | undefined;
  /** Draws a divider under the last row too. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor showBottomBorder: boolean | undefined;
  /** The header row's height. Default 56. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor headingRowHeight:
    | number
    | undefined;
  /** The least height of a data row. Default 48. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor dataRowMinHeight:
    | number
    | undefined;
  /** The greatest height of a data row; taller content is clipped. Default 48. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor dataRowMaxHeight:
    | number
    | undefined;
  /** The header row's background: a colour, or one per state (`hovered`, `""`). */
  @prop({ kind: "json", check: stateColor }) accessor headingRowColor:
    | StateValue<ColorValue>
    | undefined;
  /**
   * Every data row's background: a colour, or one per state (`selected`, `hovered`,
   * `pressed`, `focused`, `""`). A row's own `color` wins.
   */
  @prop({ kind: "json", check: stateColor }) accessor dataRowColor:
    | StateValue<ColorValue>
    | undefined;
  /** The header's text style. Default Material 3 title small (14 px, medium). */
  @prop({ kind: "json" }) accessor headingTextStyle: TextStyle | undefined;
  /** The cells' text style. Default Material 3 body medium (14 px). */
  @prop({ kind: "json" }) accessor dataTextStyle: TextStyle | undefined;
  /** Space before the first column and after the last. Default 24. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor horizontalMargin:
    | number
    | undefined;
  /** Space between two columns. Default 56. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor columnSpacing: number | undefined;
  /** Space on both sides of the checkboxes. Default half of `horizontalMargin`. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor checkboxHorizontalMargin:
    | number
    | undefined;
  /** Thickness of the dividers between rows. Default 1. */
  @prop({ kind: "number", check: checks.nonNegative, default: 1 }) accessor dividerThickness:
    | number
    | undefined;
  /** Lines between rows, drawn over the dividers. */
  @prop({ kind: "json" }) accessor horizontalLines: BorderSide | undefined;
  /** Lines between columns. */
  @prop({ kind: "json" }) accessor verticalLines: BorderSide | undefined;
  /** A border around the table. */
  @prop({ kind: "json" }) accessor border: Border | undefined;
  /** Rounded corners of the table's box. */
  @prop({ kind: "json" }) accessor borderRadius: BorderRadiusValue | undefined;
  /** Background colour of the table's box. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Background gradient of the table's box (drawn over `bgcolor`). */
  @prop({ kind: "json" }) accessor gradient: Gradient | undefined;
  /**
   * Whether rows are clipped to the box's rounded corners (Flet 0.22; any value but
   * `none` clips). Default `none`.
   */
  @prop({ kind: "enum", values: enumValues(ClipBehavior) }) accessor clipBehavior:
    | ClipBehavior
    | undefined;
  /**
   * The header checkbox asked to select (`e.selected` true) or clear every row. Without
   * it, each selectable row whose selection differs gets `onSelectChanged` instead.
   */
  @event({ type: DataSelectEvent }) accessor onSelectAll:
    | EventHandler<DataSelectEvent<DataTable>>
    | undefined;

  override validate(): void {
    const columns = this.columns;
    const odd = columns.find((column) => !(column instanceof DataColumn));
    if (odd) throw notA(this, "columns", "DataColumns", odd);
    const index = this.sortColumnIndex;
    if (index !== undefined && index >= columns.length)
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        `Expected DataTable.sortColumnIndex to be the index of one of its ${columns.length} columns${columns.length > 0 ? ` (0 to ${columns.length - 1})` : ""}, but it is ${index}. Set it to a column's index, or to undefined for no sort arrow. Nothing of this update was sent.`,
        { control: this.uid, prop: "sortColumnIndex" },
      );
    this.rows.forEach((row, at) => {
      if (!(row instanceof DataRow)) throw notA(this, "rows", "DataRows", row);
      checkCells(row, this, at);
    });
  }
}

function notA(table: DataTable, slot: string, what: string, item: unknown): FletError {
  return new FletError(
    ErrorCode.PROP_INVALID_VALUE,
    `Expected DataTable.${slot} to hold ${what}, but it holds ${(item as object).constructor.name}. Nothing of this update was sent.`,
    { control: table.uid, prop: slot },
  );
}
