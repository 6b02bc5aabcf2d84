/**
 * `cupertinodatepicker`: the iOS date/time wheels in the four modes, the date order,
 * limits, the 12/24 hour clock and the minute interval.
 * @module
 */
import { cssColor, type RenderContext, type Renderer } from "flet-ts/browser";
import {
  clampDate,
  daysIn,
  formatLocal,
  monthNames,
  parseLocal,
  startOfDay,
  withParts,
} from "./dates.js";
import { el, num, put } from "./dom.js";
import { Wheel } from "./wheel.js";

/** One wheel of the picker: its rows, and how a row maps to and from the date. */
interface Column {
  key: string;
  label: string;
  rows(date: Date): string[];
  indexOf(date: Date): number;
  apply(date: Date, index: number): Date;
}

type DateElement = HTMLDivElement & { wheels: Map<string, Wheel>; current: Date };

const DAY = 86_400_000;

function limits(ctx: RenderContext) {
  return { first: parseLocal(ctx.props.firstDate), last: parseLocal(ctx.props.lastDate) };
}

function columnsOf(ctx: RenderContext, value: Date): Column[] {
  const p = ctx.props;
  const mode = String(p.datePickerMode ?? "dateAndTime");
  const { first, last } = limits(ctx);
  const h24 = p.use24hFormat === true;
  const step = Math.max(1, num(p.minuteInterval, 1));
  // The year wheel runs from minimumYear to maximumYear, as in Flutter (years outside
  // firstDate–lastDate disabled); unset, from the first to the last date, else a century
  // either side of the value.
  const y0 =
    typeof p.minimumYear === "number"
      ? p.minimumYear
      : (first?.getFullYear() ?? value.getFullYear() - 100);
  const y1 =
    typeof p.maximumYear === "number"
      ? p.maximumYear
      : (last?.getFullYear() ?? value.getFullYear() + 100);
  const years = Array.from({ length: Math.max(1, y1 - y0 + 1) }, (_, i) => y0 + i);
  const year: Column = {
    key: "year",
    label: "Year",
    rows: () => years.map(String),
    indexOf: (d) => Math.min(Math.max(0, d.getFullYear() - y0), years.length - 1),
    apply: (d, i) => withParts(d, { year: years[i] ?? y0 }),
  };
  const month: Column = {
    key: "month",
    label: "Month",
    rows: () => monthNames(),
    indexOf: (d) => d.getMonth(),
    apply: (d, i) => withParts(d, { month: i }),
  };
  const day: Column = {
    key: "day",
    label: "Day",
    rows: () => Array.from({ length: 31 }, (_, i) => String(i + 1)),
    indexOf: (d) => d.getDate() - 1,
    apply: (d, i) => withParts(d, { day: i + 1 }),
  };
  const hour: Column = h24
    ? {
        key: "hour",
        label: "Hour",
        rows: () => Array.from({ length: 24 }, (_, i) => String(i).padStart(2, "0")),
        indexOf: (d) => d.getHours(),
        apply: (d, i) => withParts(d, { hour: i }),
      }
    : {
        key: "hour",
        label: "Hour",
        rows: () => Array.from({ length: 12 }, (_, i) => String(i === 0 ? 12 : i)),
        indexOf: (d) => d.getHours() % 12,
        apply: (d, i) => withParts(d, { hour: (d.getHours() >= 12 ? 12 : 0) + i }),
      };
  const minute: Column = {
    key: "minute",
    label: "Minute",
    rows: () =>
      Array.from({ length: Math.ceil(60 / step) }, (_, i) => String(i * step).padStart(2, "0")),
    indexOf: (d) => Math.round(d.getMinutes() / step),
    apply: (d, i) => withParts(d, { minute: Math.min(59, i * step) }),
  };
  const ampm: Column = {
    key: "ampm",
    label: "AM/PM",
    rows: () => ["AM", "PM"],
    indexOf: (d) => (d.getHours() >= 12 ? 1 : 0),
    apply: (d, i) => withParts(d, { hour: (d.getHours() % 12) + i * 12 }),
  };
  const time = h24 ? [hour, minute] : [hour, minute, ampm];
  if (mode === "time") return time;
  if (mode === "dateAndTime") {
    const start = startOfDay(first ?? new Date(value.getTime() - 365 * DAY));
    const count = Math.max(
      1,
      Math.round(
        (startOfDay(last ?? new Date(value.getTime() + 365 * DAY)).getTime() - start.getTime()) /
          DAY,
      ) + 1,
    );
    const format = new Intl.DateTimeFormat(undefined, {
      weekday: "short",
      month: "short",
      day: "numeric",
    });
    const today = startOfDay(new Date()).getTime();
    const dateOf = (i: number) =>
      new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
    const date: Column = {
      key: "date",
      label: "Date",
      rows: () =>
        Array.from({ length: count }, (_, i) =>
          dateOf(i).getTime() === today ? "Today" : format.format(dateOf(i)),
        ),
      indexOf: (d) => Math.round((startOfDay(d).getTime() - start.getTime()) / DAY),
      apply: (d, i) => {
        const t = dateOf(i);
        return withParts(d, { year: t.getFullYear(), month: t.getMonth(), day: t.getDate() });
      },
    };
    return [date, ...time];
  }
  const order = String(p.dateOrder ?? "mdy");
  if (mode === "monthYear")
    return order.indexOf("y") < order.indexOf("m") ? [year, month] : [month, year];
  const byLetter: Record<string, Column> = { d: day, m: month, y: year };
  return [...order].map((letter) => byLetter[letter]!).filter(Boolean);
}

function disabledOf(ctx: RenderContext, column: Column, date: Date): (index: number) => boolean {
  const { first, last } = limits(ctx);
  const dayLevel =
    column.key === "day" ||
    column.key === "month" ||
    column.key === "year" ||
    column.key === "date";
  return (index) => {
    if (column.key === "day" && index + 1 > daysIn(date.getFullYear(), date.getMonth()))
      return true;
    const candidate =
      column.key === "day"
        ? new Date(date.getFullYear(), date.getMonth(), index + 1)
        : column.apply(date, index);
    const lo = first && (dayLevel ? startOfDay(first) : first);
    const hi = last && (dayLevel ? new Date(startOfDay(last).getTime() + DAY - 1) : last);
    const at = dayLevel ? startOfDay(candidate) : candidate;
    if (column.key === "month" || column.key === "year") {
      const monthEnd = new Date(candidate.getFullYear(), candidate.getMonth() + 1, 0, 23, 59, 59);
      const monthStart = new Date(candidate.getFullYear(), candidate.getMonth(), 1);
      return (lo !== undefined && monthEnd < lo) || (hi !== undefined && monthStart > hi);
    }
    return (lo !== undefined && at < lo) || (hi !== undefined && at > hi);
  };
}

function render(element: DateElement, ctx: RenderContext): void {
  const value = element.current;
  const columns = columnsOf(ctx, value);
  const extent = num(ctx.props.itemExtent, 32);
  const keep = new Set(columns.map((c) => c.key));
  for (const [key, wheel] of element.wheels)
    if (!keep.has(key)) {
      wheel.element.remove();
      element.wheels.delete(key);
    }
  const nodes: HTMLElement[] = [element.firstElementChild as HTMLElement];
  for (const column of columns) {
    let wheel = element.wheels.get(column.key);
    if (!wheel) {
      wheel = new Wheel({
        label: column.label,
        extent,
        onCommit: (index) => {
          const { first, last } = limits(ctx);
          element.current = clampDate(column.apply(element.current, index), first, last);
          render(element, ctx);
          const iso = formatLocal(element.current);
          ctx.send("change", iso, { value: iso });
        },
      });
      element.wheels.set(column.key, wheel);
    }
    wheel.configure({ extent, rows: 7, magnification: 1.05 });
    wheel.setRows(column.rows(value), disabledOf(ctx, column, value));
    wheel.select(column.indexOf(value));
    wheel.element.dataset.column = column.key;
    wheel.element.style.flexGrow = column.key === "date" || column.key === "month" ? "2" : "1";
    nodes.push(wheel.element);
  }
  put(element, nodes);
}

/**
 * Draws `cupertinodatepicker`: a wheel per part (listboxes named Year, Month, Day, Date,
 * Hour, Minute, AM/PM); rows outside `firstDate`–`lastDate` are disabled and a settled
 * value is kept inside them. Sends `change` with the ISO string and the two-way `value`.
 *
 * @example
 * ```ts
 * cupertino("cupertinodatepicker", datePickerRenderer);
 * ```
 */
export const datePickerRenderer: Renderer<DateElement> = {
  create() {
    const element = el("div", "cu-wheels", {
      role: "group",
      "aria-label": "Date picker",
    }) as DateElement;
    element.wheels = new Map();
    element.current = new Date();
    element.append(el("div", "cu-band"));
    return element;
  },
  update(element, ctx) {
    const p = ctx.props;
    const { first, last } = limits(ctx);
    element.current = clampDate(parseLocal(p.value) ?? element.current, first, last);
    (element.firstElementChild as HTMLElement).style.height = `${num(p.itemExtent, 32)}px`;
    element.style.setProperty("--cu-pbg", cssColor(p.bgcolor) ?? "transparent");
    element.dataset.mode = String(p.datePickerMode ?? "dateAndTime");
    render(element, ctx);
  },
};
