/**
 * `datatable`: a Material data table drawn as a real `<table>` inside a box that scrolls
 * sideways. Its columns (`datacolumn`), rows (`datarow`) and cells (`datacell`) are
 * drawn by their own renderers (`data-row.ts`), so changing one cell touches only that
 * cell's elements; what depends on all rows (the select-all checkbox, whether the
 * checkbox column shows, numeric columns) is brought up to date by {@link requestSync}.
 * @module
 */
import { cssColor, focusable, isDisabled } from "flet-ts/browser";
import { borderCss, gradientCss, radiusCss } from "./box.js";
import { DATA_TABLE_CSS, numericCss } from "./data-table-styles.js";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";
import { type TextCss, textStyleCss } from "./typography.js";

/** Everything a table's sync needs, kept per table root. */
interface TableParts {
  readonly id: string;
  readonly style: HTMLStyleElement;
  readonly box: HTMLElement;
  readonly table: HTMLTableElement;
  readonly headRow: HTMLTableRowElement;
  readonly tbody: HTMLTableSectionElement;
  readonly all: HTMLInputElement;
  /** `showCheckboxColumn`, as last drawn. */
  showChecks: boolean;
}

const parts = new WeakMap<HTMLElement, TableParts>();
const pending = new Set<HTMLElement>();

/**
 * Asks the table around `element` (a column header or a row) to bring its table-wide
 * state up to date once the current render pass is over.
 */
export function requestSync(element: HTMLElement): void {
  const root = element.closest<HTMLElement>(".flet-datatable");
  if (root === null || !parts.has(root)) return;
  if (pending.size === 0) queueMicrotask(flushSyncs);
  pending.add(root);
}

function flushSyncs(): void {
  const roots = [...pending];
  pending.clear();
  for (const root of roots) sync(parts.get(root)!);
}

/** Sets a CSS variable, or removes it for `""`/`undefined` (only when it differs). */
export function setVar(element: HTMLElement, name: string, value: string | undefined): void {
  const next = value ?? "";
  if (element.style.getPropertyValue(name) === next) return;
  if (next === "") element.style.removeProperty(name);
  else element.style.setProperty(name, next);
}

/**
 * Disables a native control when `own` is true or an ancestor is disabled, and keeps it
 * following its ancestors (see `focusable`), without touching the DOM when nothing changes.
 */
export function disableWith(element: HTMLInputElement | HTMLButtonElement, own: boolean): void {
  if (element.dataset.fletFocusable !== (own ? "own" : "")) {
    focusable(element, own);
    return;
  }
  const disabled = own || element.parentElement?.closest(".flet-disabled") != null;
  if (element.disabled !== disabled) element.disabled = disabled;
}

/** Toggles a class only when its state differs (no mutation record otherwise). */
export function toggleClass(element: Element, name: string, on: boolean): void {
  if (element.classList.contains(name) !== on) element.classList.toggle(name, on);
}

/**
 * A colour of a per-state value for `state` (`""` for the default): the state's own
 * colour, else the default one.
 */
export function stateColorCss(value: unknown, state: string): string | undefined {
  if (typeof value === "string") return cssColor(value);
  if (typeof value !== "object" || value === null) return undefined;
  const map = value as Record<string, unknown>;
  return cssColor(map[state] ?? map[""]);
}

/** The row colour variables and the state each resolves. */
export const ROW_COLOR_VARS: readonly [string, string][] = [
  ["--dt-bg", ""],
  ["--dt-bg-selected", "selected"],
  ["--dt-hover", "hovered"],
  ["--dt-focused", "focused"],
  ["--dt-pressed", "pressed"],
];

const TEXT_CSS: (keyof TextCss)[] = [
  "fontSize",
  "lineHeight",
  "fontWeight",
  "letterSpacing",
  "fontStyle",
  "fontFamily",
  "color",
  "backgroundColor",
  "textDecoration",
  "textShadow",
];

function applyText(element: HTMLElement, style: unknown): void {
  const css = textStyleCss(style);
  for (const name of TEXT_CSS) {
    const value = css[name] ?? "";
    if (element.style[name] !== value) element.style[name] = value;
  }
}

function sideCss(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const side = value as { width?: unknown; color?: unknown };
  const width = typeof side.width === "number" ? side.width : 1;
  return `${width}px solid ${cssColor(side.color) ?? "var(--md-sys-color-outline-variant)"}`;
}

const px = (value: unknown): string | undefined =>
  typeof value === "number" && Number.isFinite(value) ? `${value}px` : undefined;

/** The state of the rows: which are selectable, and how many of those are selected. */
function rowState(tbody: HTMLTableSectionElement): {
  selectable: HTMLElement[];
  selected: number;
} {
  const selectable: HTMLElement[] = [];
  let selected = 0;
  for (const row of tbody.children as HTMLCollectionOf<HTMLElement>) {
    if (!row.classList.contains("flet-dt-selectable")) continue;
    selectable.push(row);
    if (row.classList.contains("flet-selected")) selected++;
  }
  return { selectable, selected };
}

/** Brings the table-wide state up to date from the rows' and columns' elements. */
function sync(p: TableParts): void {
  const nth: number[] = [];
  [...p.headRow.children].forEach((th, index) => {
    if (th.classList.contains("flet-dt-numeric")) nth.push(index + 1);
  });
  const css = numericCss(p.id, nth);
  if (p.style.textContent !== css) p.style.textContent = css;
  const { selectable, selected } = rowState(p.tbody);
  toggleClass(p.table, "flet-dt-checks", p.showChecks && selectable.length > 0);
  const all = selectable.length > 0 && selected === selectable.length;
  const some = selected > 0 && !all;
  if (p.all.checked !== all) p.all.checked = all;
  if (p.all.indeterminate !== some) p.all.indeterminate = some;
  const label = all ? "Clear the selection of all rows" : "Select all rows";
  if (p.all.getAttribute("aria-label") !== label) p.all.setAttribute("aria-label", label);
  disableWith(p.all, selectable.length === 0);
}

/**
 * Draws `datatable`: the box (colour, gradient, border, radius, clip) around a
 * `<table>` whose header row holds the select-all checkbox and the columns' headers, and
 * whose body holds the rows. The header checkbox selects every selectable row (all of
 * them when some are), or clears them when all are selected: `selectAll` when the app
 * listens, else `selectChanged` of each row whose state differs.
 */
export const dataTableRenderer: MaterialRenderer<HTMLElement> = {
  styles: DATA_TABLE_CSS,
  create(ctx) {
    const root = h("div");
    const style = h("style");
    const box = h("div", "flet-dt-box");
    const table = h("table", "flet-dt-table");
    const thead = h("thead");
    const headRow = h("tr");
    const check = h("th", "flet-dt-check", { scope: "col" });
    const all = h("input", "flet-dt-checkbox", {
      type: "checkbox",
      "aria-label": "Select all rows",
    });
    const tbody = h("tbody");
    check.append(all);
    headRow.append(check);
    thead.append(headRow);
    table.append(thead, tbody);
    box.append(table);
    root.append(style, box);
    const p: TableParts = { id: ctx.id, style, box, table, headRow, tbody, all, showChecks: false };
    parts.set(root, p);
    const selectAll = () => {
      if (isDisabled(all)) return;
      const { selectable, selected } = rowState(tbody);
      if (selectable.length === 0) return;
      const next = selected !== selectable.length;
      if (ctx.listens("selectAll")) {
        ctx.send("selectAll", next);
        return;
      }
      for (const row of selectable) {
        if (row.classList.contains("flet-selected") !== next)
          row.dispatchEvent(new CustomEvent("flet-dt-select", { detail: next }));
      }
    };
    all.addEventListener("click", (event) => {
      // A controlled checkbox: it shows what the app says, not the click.
      event.preventDefault();
      selectAll();
    });
    all.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      selectAll();
    });
    return root;
  },
  update(root, ctx) {
    const p = parts.get(root)!;
    const props = ctx.props;
    const columns = ctx.children("columns");
    place(p.headRow, [p.headRow.firstElementChild as HTMLElement, ...columns]);
    place(p.tbody, ctx.children("rows"));
    const sortIndex = typeof props.sortColumnIndex === "number" ? props.sortColumnIndex : -1;
    const ascending = props.sortAscending === true;
    columns.forEach((th, index) => {
      const sorted = index === sortIndex;
      toggleClass(th, "flet-dt-sorted", sorted);
      toggleClass(th, "flet-dt-desc", sorted && !ascending);
      const sort = sorted ? (ascending ? "ascending" : "descending") : null;
      if (th.getAttribute("aria-sort") !== sort) {
        if (sort === null) th.removeAttribute("aria-sort");
        else th.setAttribute("aria-sort", sort);
      }
    });
    p.showChecks = props.showCheckboxColumn === true;
    toggleClass(p.table, "flet-dt-bottom", props.showBottomBorder === true);
    setVar(root, "--dt-head-h", px(props.headingRowHeight));
    setVar(root, "--dt-row-min", px(props.dataRowMinHeight));
    setVar(root, "--dt-row-max", px(props.dataRowMaxHeight));
    setVar(root, "--dt-hm", px(props.horizontalMargin));
    setVar(root, "--dt-cs", px(props.columnSpacing));
    setVar(root, "--dt-chm", px(props.checkboxHorizontalMargin));
    setVar(root, "--dt-divider", px(props.dividerThickness));
    setVar(root, "--dt-hline", sideCss(props.horizontalLines));
    setVar(root, "--dt-vline", sideCss(props.verticalLines));
    setVar(root, "--dt-head-bg", stateColorCss(props.headingRowColor, ""));
    for (const [name, state] of ROW_COLOR_VARS)
      setVar(root, name, stateColorCss(props.dataRowColor, state));
    applyText(p.table.tHead!, props.headingTextStyle);
    applyText(p.tbody, props.dataTextStyle);
    const box = p.box.style;
    box.backgroundColor = cssColor(props.bgcolor) ?? "";
    box.backgroundImage = gradientCss(props.gradient);
    Object.assign(box, borderCss(props.border));
    box.borderRadius = radiusCss(props.borderRadius);
    const clip = typeof props.clipBehavior === "string" && props.clipBehavior !== "none";
    toggleClass(p.box, "flet-dt-clip", clip);
    sync(p);
  },
  destroy(root) {
    pending.delete(root);
  },
};
