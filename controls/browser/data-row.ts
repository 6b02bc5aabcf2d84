/**
 * `datacolumn`, `datarow` and `datacell`: a data table's header cells (`<th scope="col">`,
 * a `<button>` when sortable), rows (`<tr>` with a labelled selection checkbox) and cells
 * (`<td>`). Each draws only its own element, so an update of one cell leaves the rest of
 * a large table alone.
 * @module
 */
import { isDisabled, type RenderContext } from "flet-ts/browser";
import {
  disableWith,
  ROW_COLOR_VARS,
  requestSync,
  setVar,
  stateColorCss,
  toggleClass,
} from "./data-table.js";
import { DATA_TABLE_CSS } from "./data-table-styles.js";
import type { MaterialRenderer } from "./define.js";
import { h, isActivation, place } from "./dom.js";
import { iconGlyph } from "./icon-name.js";

const LONG_PRESS_MS = 500;
/** How long a single click waits for a second one when the cell takes double clicks. */
const DOUBLE_TAP_MS = 300;
/** Elements that handle their own clicks inside a cell: they do not toggle the row. */
const INTERACTIVE = "a,button,input,select,textarea,[role=button],[role=link],[tabindex]";

function setAttr(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * Draws `datacolumn` as `<th scope="col">`: the label and a sort arrow, inside a
 * `<button>` when the app sorts on click (`sort` with the column's index and the order
 * asked for: ascending for a new column, the other order for the sorted one). The table
 * marks the sorted header (`aria-sort`, arrow up when ascending).
 */
export const dataColumnRenderer: MaterialRenderer<HTMLTableCellElement> = {
  styles: DATA_TABLE_CSS,
  create(ctx) {
    const th = h("th", "", { scope: "col" });
    const arrow = iconGlyph("arrow_upward");
    arrow.classList.add("flet-dt-arrow");
    arrow.setAttribute("aria-hidden", "true");
    const head = h("div", "flet-dt-head");
    head.append(arrow);
    th.append(head);
    th.addEventListener("click", (event) => {
      const button = (event.target as HTMLElement).closest("button.flet-dt-head");
      if (button === null || button.parentElement !== th || isDisabled(th)) return;
      const row = th.parentElement;
      if (row === null) return;
      // The first header cell is the select-all checkbox's.
      const columnIndex = [...row.children].indexOf(th) - 1;
      const sorted = th.classList.contains("flet-dt-sorted");
      const ascending = !sorted || th.classList.contains("flet-dt-desc");
      ctx.send("sort", { columnIndex, ascending });
    });
    return th;
  },
  update(th, ctx) {
    const sortable = ctx.listens("sort");
    let head = th.firstElementChild as HTMLElement;
    if ((head.tagName === "BUTTON") !== sortable) {
      const next = sortable
        ? h("button", "flet-dt-head", { type: "button" })
        : h("div", "flet-dt-head");
      next.append(...head.childNodes);
      head.replaceWith(next);
      head = next;
    }
    const arrow = head.querySelector(":scope > .flet-dt-arrow") as HTMLElement;
    place(head, [ctx.child("label"), arrow]);
    if (head instanceof HTMLButtonElement) disableWith(head, false);
    toggleClass(th, "flet-dt-numeric", ctx.props.numeric === true);
    requestSync(th);
  },
};

/**
 * Draws `datarow` as `<tr>`: a checkbox cell (shown when the table has a checkbox
 * column), then its cells. With `onSelectChanged`, the checkbox (click, Space or Enter)
 * and a click on a cell without handlers of its own send `selectChanged` with the
 * selection asked for; the row shows `selected` as the app sets it.
 */
export const dataRowRenderer: MaterialRenderer<HTMLTableRowElement> = {
  styles: DATA_TABLE_CSS,
  create(ctx) {
    const tr = h("tr");
    const check = h("td", "flet-dt-check");
    const box = h("input", "flet-dt-checkbox", {
      type: "checkbox",
      id: `flet-dt-select-${ctx.id}`,
      "aria-label": "Select",
    });
    check.append(box);
    tr.append(check);
    const toggle = (next: boolean) => {
      if (!ctx.listens("selectChanged") || isDisabled(tr)) return;
      ctx.send("selectChanged", next);
    };
    const selected = () => ctx.props.selected === true;
    box.addEventListener("click", (event) => {
      event.preventDefault();
      toggle(!selected());
    });
    box.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      toggle(!selected());
    });
    tr.addEventListener("flet-dt-select", (event) => {
      const next = (event as CustomEvent<boolean>).detail;
      if (next !== selected()) toggle(next);
    });
    // A click, or press and hold, on a cell that has no handlers of its own is the row's.
    const ownTarget = (event: Event): boolean => {
      const target = event.target as HTMLElement;
      if (check.contains(target)) return false;
      const cell = target.closest("td");
      if (cell === null || cell.parentElement !== tr || cell.classList.contains("flet-dt-tappable"))
        return false;
      const interactive = target.closest(INTERACTIVE);
      return interactive === null || !cell.contains(interactive);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let longPressed = false;
    tr.addEventListener("click", (event) => {
      if (longPressed) {
        longPressed = false;
        return;
      }
      if (ownTarget(event)) toggle(!selected());
    });
    tr.addEventListener("pointerdown", (event) => {
      longPressed = false;
      clearTimeout(timer);
      if (!ctx.listens("longPress") || !ownTarget(event)) return;
      timer = setTimeout(() => {
        longPressed = true;
        if (!isDisabled(tr)) ctx.send("longPress");
      }, LONG_PRESS_MS);
    });
    for (const type of ["pointerup", "pointerleave", "pointercancel"])
      tr.addEventListener(type, () => clearTimeout(timer));
    return tr;
  },
  update(tr, ctx) {
    const p = ctx.props;
    const check = tr.firstElementChild as HTMLTableCellElement;
    const box = check.firstElementChild as HTMLInputElement;
    const cells = ctx.children("cells");
    place(tr, [check, ...cells]);
    const selected = p.selected === true;
    const selectable = ctx.listens("selectChanged");
    toggleClass(tr, "flet-selected", selected);
    toggleClass(tr, "flet-dt-selectable", selectable);
    toggleClass(tr, "flet-dt-active", selectable || ctx.listens("longPress"));
    if (box.checked !== selected) box.checked = selected;
    disableWith(box, !selectable);
    // "Select" plus the first cell's text: "Select Mercury".
    setAttr(box, "aria-labelledby", cells[0]?.id ? `${box.id} ${cells[0].id}` : null);
    for (const [name, state] of ROW_COLOR_VARS)
      setVar(
        tr,
        name,
        p.color === undefined ? undefined : (stateColorCss(p.color, state) ?? "initial"),
      );
    requestSync(tr);
  },
};

type Ctx = RenderContext;
const CELL_EVENTS = ["tap", "doubleTap", "longPress", "tapDown", "tapCancel"];

function listenCell(td: HTMLTableCellElement, inner: HTMLElement, ctx: Ctx): void {
  let pressTimer: ReturnType<typeof setTimeout> | undefined;
  let tapTimer: ReturnType<typeof setTimeout> | undefined;
  let pressing = false;
  let longPressed = false;
  const active = () => td.classList.contains("flet-dt-tappable") && !isDisabled(td);
  const tap = () => {
    if (ctx.listens("tap")) ctx.send("tap");
  };
  td.addEventListener("pointerdown", (event) => {
    if (!active()) return;
    pressing = true;
    longPressed = false;
    const rect = td.getBoundingClientRect();
    const kind = event.pointerType === "pen" ? "stylus" : event.pointerType || "mouse";
    if (ctx.listens("tapDown"))
      ctx.send("tapDown", {
        kind,
        localX: event.clientX - rect.left,
        localY: event.clientY - rect.top,
        globalX: event.clientX,
        globalY: event.clientY,
      });
    clearTimeout(pressTimer);
    if (!ctx.listens("longPress")) return;
    pressTimer = setTimeout(() => {
      longPressed = true;
      pressing = false;
      if (ctx.listens("tapCancel")) ctx.send("tapCancel");
      ctx.send("longPress");
    }, LONG_PRESS_MS);
  });
  td.addEventListener("pointerup", () => {
    pressing = false;
    clearTimeout(pressTimer);
  });
  for (const type of ["pointerleave", "pointercancel"])
    td.addEventListener(type, () => {
      clearTimeout(pressTimer);
      if (!pressing) return;
      pressing = false;
      if (ctx.listens("tapCancel")) ctx.send("tapCancel");
    });
  td.addEventListener("click", (event) => {
    if (!active()) return;
    if (longPressed) {
      longPressed = false;
      return;
    }
    if (!ctx.listens("doubleTap")) return tap();
    // Like Flutter: with a double-tap handler, a tap is a tap once no second one came.
    clearTimeout(tapTimer);
    if (event.detail <= 1) tapTimer = setTimeout(tap, DOUBLE_TAP_MS);
  });
  td.addEventListener("dblclick", () => {
    if (!active() || !ctx.listens("doubleTap")) return;
    clearTimeout(tapTimer);
    ctx.send("doubleTap");
  });
  inner.addEventListener("keydown", (event) => {
    if (event.target !== inner || !isActivation(event) || !active()) return;
    event.preventDefault();
    tap();
  });
}

/**
 * Draws `datacell` as `<td>`: its content and, with `showEditIcon`, a pencil after it;
 * a placeholder's text is greyed. A cell with tap handlers is a focusable button
 * (Enter/Space tap it) and its clicks are its own, not the row's.
 */
export const dataCellRenderer: MaterialRenderer<HTMLTableCellElement> = {
  styles: DATA_TABLE_CSS,
  create(ctx) {
    const td = h("td", "", { id: `flet-dt-cell-${ctx.id}` });
    const inner = h("div", "flet-dt-cell");
    td.append(inner);
    listenCell(td, inner, ctx);
    return td;
  },
  update(td, ctx) {
    const p = ctx.props;
    const inner = td.firstElementChild as HTMLElement;
    const tappable = CELL_EVENTS.some((name) => ctx.listens(name));
    toggleClass(td, "flet-dt-tappable", tappable);
    setAttr(inner, "role", tappable ? "button" : null);
    setAttr(inner, "tabindex", tappable ? "0" : null);
    toggleClass(td, "flet-dt-placeholder", p.placeholder === true);
    let icon = inner.querySelector<HTMLElement>(":scope > .flet-dt-edit");
    if (p.showEditIcon === true && icon === null) {
      icon = iconGlyph("edit");
      icon.classList.add("flet-dt-edit");
      icon.setAttribute("aria-hidden", "true");
    }
    place(inner, [ctx.child("content"), p.showEditIcon === true ? icon : null]);
  },
};
