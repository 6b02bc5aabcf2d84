/**
 * The date picker's calendar: locale-aware names (Intl), the month grid (WAI-ARIA grid,
 * one roving tab stop) and the year grid, drawn from a plain state.
 * @module
 */
import { h as bare } from "./dom.js";

/** An element with attributes and children (text or elements). */
export function h<TTag extends keyof HTMLElementTagNameMap>(
  tag: TTag,
  className = "",
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[TTag] {
  const element = bare(tag, className, attributes);
  element.append(...children);
  return element;
}

/** What the calendar shows: the day in focus, the chosen day and the allowed range. */
export interface CalendarState {
  locale: string | undefined;
  /** The day with the keyboard focus (its month is shown). */
  focus: Date;
  /** The chosen day, not yet confirmed. */
  selected: Date | undefined;
  today: Date;
  first: Date;
  last: Date;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `date` as zone-less ISO text in local time (Flet's wire form of dates). */
export function wireDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

/** Local midnight of `date`'s day. */
export function day(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** `date` moved by `days` days (calendar days, across DST). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** `date` moved by `months`, its day clamped to the target month's length. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(date.getFullYear(), date.getMonth() + months, 1);
  const length = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  return new Date(target.getFullYear(), target.getMonth(), Math.min(date.getDate(), length));
}

export const sameDay = (a: Date | undefined, b: Date | undefined): boolean =>
  a !== undefined && b !== undefined && day(a).getTime() === day(b).getTime();

/** `date` brought into the range (whole days). */
export function clampDay(date: Date, first: Date, last: Date): Date {
  const d = day(date).getTime();
  if (d < day(first).getTime()) return day(first);
  if (d > day(last).getTime()) return day(last);
  return day(date);
}

export const inRange = (date: Date, first: Date, last: Date): boolean =>
  clampDay(date, first, last).getTime() === day(date).getTime();

function format(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat(undefined, options);
  }
}

/** Index (0 = Sunday) of the locale's first day of the week. */
export function firstWeekday(locale: string | undefined): number {
  try {
    const tag = new Intl.Locale(locale ?? navigator.language).maximize();
    const info = tag as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const first = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay;
    if (first !== undefined) return first % 7;
    return ["US", "CA", "JP", "BR", "IL", "KR", "MX", "PH", "TW", "IN"].includes(tag.region ?? "")
      ? 0
      : 1;
  } catch {
    return 0;
  }
}

/** The header's date: "Mon, Aug 17" in the locale. */
export function headline(date: Date, locale: string | undefined): string {
  return format(locale, { weekday: "short", month: "short", day: "numeric" }).format(date);
}

/** A day's full name for screen readers. */
export function fullDate(date: Date, locale: string | undefined): string {
  return format(locale, { dateStyle: "full" }).format(date);
}

/** "August 2024" in the locale. */
export function monthYear(date: Date, locale: string | undefined): string {
  return format(locale, { month: "long", year: "numeric" }).format(date);
}

/** The locale's numeric date order and separator, for the input field. */
export function datePattern(locale: string | undefined): {
  order: ("day" | "month" | "year")[];
  separator: string;
  hint: string;
} {
  const parts = format(locale, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(
    new Date(2000, 10, 22),
  );
  const order = parts
    .map((part) => part.type)
    .filter((type): type is "day" | "month" | "year" => ["day", "month", "year"].includes(type));
  const separator = parts.find((part) => part.type === "literal")?.value ?? "/";
  const names = { day: "dd", month: "mm", year: "yyyy" } as const;
  return { order, separator, hint: order.map((part) => names[part]).join(separator) };
}

/** `date` in the field's numeric form. */
export function formatInput(date: Date, locale: string | undefined): string {
  return format(locale, { year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** The field's text as a day, or undefined when it is not a date in the locale's order. */
export function parseInput(text: string, locale: string | undefined): Date | undefined {
  const numbers = text.trim().split(/\D+/).filter(Boolean).map(Number);
  const { order } = datePattern(locale);
  if (numbers.length !== 3 || order.length !== 3) return undefined;
  const at = (part: "day" | "month" | "year") => numbers[order.indexOf(part)] ?? Number.NaN;
  const [year, month, date] = [at("year"), at("month"), at("day")];
  if (year < 1000 || month < 1 || month > 12 || date < 1) return undefined;
  const result = new Date(year, month - 1, date);
  return result.getMonth() === month - 1 ? result : undefined;
}

/** The weekday row and the month's days (a table with role grid). */
export function monthGrid(state: CalendarState): HTMLTableElement {
  const { locale, focus } = state;
  const start = firstWeekday(locale);
  const narrow = format(locale, { weekday: "narrow" });
  const long = format(locale, { weekday: "long" });
  const table = h("table", "flet-dp-grid", {
    role: "grid",
    "aria-label": monthYear(focus, locale),
  });
  const head = h("tr");
  const sunday = new Date(2023, 0, 1);
  for (let i = 0; i < 7; i++) {
    const weekday = addDays(sunday, (start + i) % 7);
    head.append(h("th", "", { scope: "col", abbr: long.format(weekday) }, narrow.format(weekday)));
  }
  table.append(h("thead", "", {}, head));
  const body = h("tbody");
  const firstOfMonth = new Date(focus.getFullYear(), focus.getMonth(), 1);
  const lead = (firstOfMonth.getDay() - start + 7) % 7;
  const length = new Date(focus.getFullYear(), focus.getMonth() + 1, 0).getDate();
  let row = h("tr");
  for (let i = 0; i < lead; i++) row.append(h("td", "", { role: "gridcell" }));
  for (let d = 1; d <= length; d++) {
    const date = new Date(focus.getFullYear(), focus.getMonth(), d);
    const enabled = inRange(date, state.first, state.last);
    const selected = sameDay(date, state.selected);
    const cell = h("td", "", { role: "gridcell", "aria-selected": String(selected) });
    const button = h(
      "button",
      `flet-dp-day${selected ? " flet-dp-selected" : ""}${sameDay(date, state.today) ? " flet-dp-today" : ""}`,
      {
        type: "button",
        tabindex: sameDay(date, focus) ? "0" : "-1",
        "aria-label": fullDate(date, locale),
        "data-date": `${date.getFullYear()}-${date.getMonth() + 1}-${d}`,
      },
      String(d),
    );
    if (sameDay(date, state.today)) button.setAttribute("aria-current", "date");
    if (!enabled) button.setAttribute("aria-disabled", "true");
    cell.append(button);
    row.append(cell);
    if (row.childElementCount === 7) {
      body.append(row);
      row = h("tr");
    }
  }
  if (row.childElementCount > 0) body.append(row);
  table.append(body);
  return table;
}

/** The grid of years from `first` to `last`, the focused year the tab stop. */
export function yearGrid(state: CalendarState): HTMLElement {
  const grid = h("div", "flet-dp-years", { role: "listbox", "aria-label": "Year" });
  for (let year = state.first.getFullYear(); year <= state.last.getFullYear(); year++) {
    const current = year === state.focus.getFullYear();
    const option = h(
      "button",
      `flet-dp-year${year === state.selected?.getFullYear() ? " flet-dp-selected" : ""}${year === state.today.getFullYear() ? " flet-dp-today" : ""}`,
      {
        type: "button",
        role: "option",
        "aria-selected": String(current),
        tabindex: current ? "0" : "-1",
        "data-year": String(year),
      },
      String(year),
    );
    grid.append(option);
  }
  return grid;
}
