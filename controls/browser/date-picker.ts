/**
 * `datepicker`: Flutter's Material 3 `DatePickerDialog` on a native modal `<dialog>`: the
 * header with the chosen date, the month grid or the year grid, or a text field.
 * @module
 */
import type { RenderContext } from "flet-ts/browser";
import {
  addDays,
  addMonths,
  type CalendarState,
  clampDay,
  datePattern,
  day,
  firstWeekday,
  formatInput,
  h,
  headline,
  inRange,
  monthGrid,
  monthYear,
  parseInput,
  wireDate,
  yearGrid,
} from "./date-picker-calendar.js";
import type { MaterialRenderer } from "./define.js";
import { iconGlyph } from "./icon-name.js";
import { syncOpen } from "./modal.js";
import { pickerDialog, pickerState } from "./picker-dialog.js";
import { PICKER_CSS } from "./picker-styles.js";

/** What the open dialog holds until it closes. */
interface PickerState extends CalendarState {
  open: boolean;
  view: "day" | "year";
  input: boolean;
  text: string;
  error: string;
}

/** The props the dialog's state is made from, as last seen. */
const bases = new WeakMap<HTMLDialogElement, string>();
const STARTS_FROM = [
  "value",
  "firstDate",
  "lastDate",
  "currentDate",
  "locale",
  "datePickerMode",
  "datePickerEntryMode",
];
const states = new WeakMap<HTMLDialogElement, PickerState>();

const INPUT_MODES: Record<string, string> = {
  number: "decimal",
  phone: "tel",
  email: "email",
  url: "url",
  none: "none",
  datetime: "numeric",
};

function propDate(value: unknown): Date | undefined {
  if (typeof value !== "string") return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The props' range, today and starting day. */
function fresh(p: Readonly<Record<string, unknown>>): PickerState {
  const first = day(propDate(p.firstDate) ?? new Date(1900, 0, 1));
  const last = day(propDate(p.lastDate) ?? new Date(2050, 0, 1));
  const today = day(propDate(p.currentDate) ?? new Date());
  const start = clampDay(propDate(p.value) ?? today, first, last);
  const entry = String(p.datePickerEntryMode ?? "calendar");
  const locale = typeof p.locale === "string" && p.locale !== "" ? p.locale : undefined;
  return {
    open: false,
    locale,
    first,
    last,
    today,
    focus: start,
    selected: start,
    view: p.datePickerMode === "year" ? "year" : "day",
    input: entry === "input" || entry === "inputOnly",
    text: formatInput(start, locale),
    error: "",
  };
}

function text(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

/** Redraws the dialog's contents from the state and the props. */
function draw(dialog: HTMLDialogElement, ctx: RenderContext, s: PickerState): void {
  const p = ctx.props;
  const entry = String(p.datePickerEntryMode ?? "calendar");
  const headlineId = `flet-dp-headline-${ctx.id}`;
  const help = text(p.helpText, s.input ? "Enter date" : "Select date");
  const toggle = h("button", "flet-dp-icon-button flet-dp-toggle", {
    type: "button",
    "aria-label": s.input ? "Switch to calendar" : "Switch to input",
  });
  toggle.append(
    iconGlyph(
      s.input
        ? text(p.switchToCalendarEntryModeIcon, "calendar_today")
        : text(p.switchToInputEntryModeIcon, "edit"),
    ),
  );
  toggle.hidden = entry === "calendarOnly" || entry === "inputOnly";
  toggle.addEventListener("click", () => switchEntry(dialog, ctx, s));
  const header = h(
    "div",
    "flet-dp-header",
    {},
    h("div", "flet-dp-help", {}, help),
    h(
      "div",
      "flet-dp-headline-row",
      {},
      h(
        "h2",
        "flet-dp-headline",
        { id: headlineId },
        s.selected ? headline(s.selected, s.locale) : "Date",
      ),
      toggle,
    ),
  );
  const body = s.input ? inputBody(dialog, ctx, s) : calendarBody(dialog, ctx, s);
  const cancel = h("button", "flet-dp-action", { type: "button" }, text(p.cancelText, "Cancel"));
  cancel.addEventListener("click", () => dismissNow(dialog, ctx, s));
  const ok = h("button", "flet-dp-action", { type: "button" }, text(p.confirmText, "OK"));
  ok.addEventListener("click", () => confirm(dialog, ctx, s));
  dialog.replaceChildren(
    header,
    h("div", "flet-dp-divider"),
    body,
    h("div", "flet-dp-actions", {}, cancel, ok),
  );
  dialog.setAttribute("aria-describedby", headlineId);
  dialog.setAttribute("aria-label", help);
  dialog.classList.toggle("flet-dp-input-mode", s.input);
}

function calendarBody(dialog: HTMLDialogElement, ctx: RenderContext, s: PickerState): HTMLElement {
  const years = s.view === "year";
  const month = h("button", "flet-dp-month", { type: "button", "aria-expanded": String(years) });
  month.append(
    h("span", "", { "aria-live": "polite" }, monthYear(s.focus, s.locale)),
    iconGlyph("arrow_drop_down"),
  );
  month.setAttribute("aria-label", `${monthYear(s.focus, s.locale)}, choose year`);
  month.addEventListener("click", () => {
    s.view = years ? "day" : "year";
    redraw(dialog, ctx, s, years ? ".flet-dp-month" : ".flet-dp-year[tabindex='0']");
  });
  const arrows = (label: string, icon: string, months: number) => {
    const button = h("button", "flet-dp-icon-button", { type: "button", "aria-label": label });
    button.append(iconGlyph(icon));
    const target = addMonths(s.focus, months);
    const lastOfTarget = new Date(target.getFullYear(), target.getMonth() + 1, 0);
    const firstOfTarget = new Date(target.getFullYear(), target.getMonth(), 1);
    button.disabled = lastOfTarget < s.first || firstOfTarget > s.last;
    button.hidden = years;
    button.addEventListener("click", () => {
      s.focus = clampDay(target, s.first, s.last);
      redraw(dialog, ctx, s, `.flet-dp-icon-button[aria-label='${label}']`);
    });
    return button;
  };
  const nav = h(
    "div",
    "flet-dp-nav",
    {},
    month,
    h("span", "flet-dp-spacer"),
    arrows("Previous month", "chevron_left", -1),
    arrows("Next month", "chevron_right", 1),
  );
  const content = years ? yearGrid(s) : monthGrid(s);
  content.addEventListener("keydown", (event) => onKey(dialog, ctx, s, event));
  content.addEventListener("click", (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>("button");
    if (target) choose(dialog, ctx, s, target, false);
  });
  return h("div", "flet-dp-body", {}, nav, content);
}

function inputBody(dialog: HTMLDialogElement, ctx: RenderContext, s: PickerState): HTMLElement {
  const p = ctx.props;
  const id = `flet-dp-input-${ctx.id}`;
  const input = h("input", "flet-dp-input", {
    id,
    type: "text",
    autocomplete: "off",
    placeholder: text(p.fieldHintText, datePattern(s.locale).hint),
    "aria-describedby": `${id}-error`,
  });
  input.value = s.text;
  input.inputMode = INPUT_MODES[String(p.keyboardType ?? "datetime")] ?? "";
  if (s.error) input.setAttribute("aria-invalid", "true");
  input.addEventListener("input", () => {
    s.text = input.value;
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      confirm(dialog, ctx, s);
    }
  });
  const field = h(
    "div",
    `flet-dp-field${s.error ? " flet-dp-invalid" : ""}`,
    {},
    h("label", "flet-dp-label", { for: id }, text(p.fieldLabelText, "Enter Date")),
    input,
  );
  const error = h("div", "flet-dp-error", { id: `${id}-error`, role: "alert" }, s.error);
  return h("div", "flet-dp-body flet-dp-input-body", {}, field, error);
}

function redraw(
  dialog: HTMLDialogElement,
  ctx: RenderContext,
  s: PickerState,
  focus?: string,
): void {
  draw(dialog, ctx, s);
  if (focus) dialog.querySelector<HTMLElement>(focus)?.focus();
}

/** The field's text as a day in range, or sets the error. */
function readInput(ctx: RenderContext, s: PickerState): Date | undefined {
  const date = parseInput(s.text, s.locale);
  if (!date) s.error = text(ctx.props.errorFormatText, "Invalid format.");
  else if (!inRange(date, s.first, s.last))
    s.error = text(ctx.props.errorInvalidText, "Out of range.");
  else s.error = "";
  return s.error ? undefined : date;
}

function switchEntry(dialog: HTMLDialogElement, ctx: RenderContext, s: PickerState): void {
  if (s.input) {
    const date = readInput(ctx, s);
    if (!date) {
      redraw(dialog, ctx, s, ".flet-dp-input");
      return;
    }
    s.selected = s.focus = date;
  } else s.text = s.selected ? formatInput(s.selected, s.locale) : "";
  s.input = !s.input;
  s.view = "day";
  redraw(dialog, ctx, s, s.input ? ".flet-dp-input" : ".flet-dp-day[tabindex='0']");
  ctx.send("entryModeChange", s.input ? "input" : "calendar");
}

/** A click or Enter/Space on a day or a year. */
function choose(
  dialog: HTMLDialogElement,
  ctx: RenderContext,
  s: PickerState,
  target: HTMLElement,
  andConfirm: boolean,
): void {
  if (target.dataset.year) {
    s.focus = clampDay(
      new Date(Number(target.dataset.year), s.focus.getMonth(), s.focus.getDate()),
      s.first,
      s.last,
    );
    s.view = "day";
    redraw(dialog, ctx, s, ".flet-dp-day[tabindex='0']");
    return;
  }
  if (!target.dataset.date || target.getAttribute("aria-disabled") === "true") return;
  const [y, m, d] = target.dataset.date.split("-").map(Number);
  s.selected = s.focus = new Date(y!, m! - 1, d);
  if (andConfirm) {
    confirm(dialog, ctx, s);
    return;
  }
  redraw(dialog, ctx, s, ".flet-dp-day[tabindex='0']");
}

const DAY_KEYS: Record<string, (date: Date, s: PickerState, shift: boolean) => Date> = {
  ArrowLeft: (d) => addDays(d, -1),
  ArrowRight: (d) => addDays(d, 1),
  ArrowUp: (d) => addDays(d, -7),
  ArrowDown: (d) => addDays(d, 7),
  PageUp: (d, _s, shift) => addMonths(d, shift ? -12 : -1),
  PageDown: (d, _s, shift) => addMonths(d, shift ? 12 : 1),
  Home: (d, s) => addDays(d, -((d.getDay() - weekStart(s) + 7) % 7)),
  End: (d, s) => addDays(d, 6 - ((d.getDay() - weekStart(s) + 7) % 7)),
};

function weekStart(s: PickerState): number {
  return firstWeekday(s.locale);
}

function onKey(
  dialog: HTMLDialogElement,
  ctx: RenderContext,
  s: PickerState,
  event: KeyboardEvent,
): void {
  const target = (event.target as HTMLElement).closest<HTMLElement>("button");
  if (!target) return;
  if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    choose(dialog, ctx, s, target, event.key === "Enter" && s.view === "day");
    return;
  }
  // Right-to-left pages lay the grid out mirrored: Left goes forward there.
  const rtl = getComputedStyle(dialog).direction === "rtl";
  const flip: Record<string, string> = { ArrowLeft: "ArrowRight", ArrowRight: "ArrowLeft" };
  const key = rtl ? (flip[event.key] ?? event.key) : event.key;
  if (s.view === "year") {
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -3, ArrowDown: 3 }[key];
    if (step === undefined) return;
    event.preventDefault();
    const year = Math.min(
      s.last.getFullYear(),
      Math.max(s.first.getFullYear(), s.focus.getFullYear() + step),
    );
    s.focus = clampDay(new Date(year, s.focus.getMonth(), s.focus.getDate()), s.first, s.last);
    redraw(dialog, ctx, s, ".flet-dp-year[tabindex='0']");
    return;
  }
  const move = DAY_KEYS[key];
  if (!move) return;
  event.preventDefault();
  s.focus = clampDay(move(s.focus, s, event.shiftKey), s.first, s.last);
  redraw(dialog, ctx, s, ".flet-dp-day[tabindex='0']");
}

function close(
  dialog: HTMLDialogElement,
  ctx: RenderContext,
  s: PickerState,
  name: string,
  value?: Date,
): void {
  s.open = false;
  dialog.close();
  const data = value ? wireDate(value) : ctx.props.value;
  ctx.send(name, data, value ? { value: data, open: false } : { open: false });
}

function confirm(dialog: HTMLDialogElement, ctx: RenderContext, s: PickerState): void {
  if (s.input) {
    const date = readInput(ctx, s);
    if (!date) {
      redraw(dialog, ctx, s, ".flet-dp-input");
      return;
    }
    s.selected = date;
  }
  if (s.selected) close(dialog, ctx, s, "change", s.selected);
}

function dismissNow(dialog: HTMLDialogElement, ctx: RenderContext, s: PickerState): void {
  close(dialog, ctx, s, "dismiss");
}

/** Draws `datepicker`: closed, nothing; open, the dialog (reset each time it opens). */
export const datePickerRenderer: MaterialRenderer<HTMLDialogElement> = {
  styles: PICKER_CSS,
  create(ctx) {
    return pickerDialog(ctx, states, bases, fresh);
  },
  update(dialog, ctx) {
    const open = ctx.props.open === true;
    // Opening starts afresh; so does the app changing what the dialog starts from.
    const s = pickerState(dialog, ctx, states, bases, fresh, STARTS_FROM);
    const hadFocus = dialog.contains(document.activeElement);
    draw(dialog, ctx, s);
    // The element to focus when the dialog opens (a plain button or input: showModal finds it).
    const start = dialog.querySelector<HTMLElement>(
      s.input ? ".flet-dp-input" : `.flet-dp-${s.view}[tabindex='0']`,
    );
    start?.setAttribute("autofocus", "");
    if (hadFocus) start?.focus();
    if (open) dialog.dataset.fletOpen = "";
    else delete dialog.dataset.fletOpen;
    syncOpen(dialog, open);
  },
};
