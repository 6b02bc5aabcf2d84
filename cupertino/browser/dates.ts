/**
 * Local date-time helpers of the date picker: ISO parsing without time-zone surprises,
 * limits, and the wheel columns of each mode.
 * @module
 */

/**
 * Parses `YYYY-MM-DD[THH:mm[:ss]]` as local time (a bare date is midnight), or `undefined`.
 *
 * @example
 * ```ts
 * parseLocal("2024-03-05T14:30:00")?.getHours(); // 14
 * ```
 */
export function parseLocal(value: unknown): Date | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = m;
  return new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Formats a date as a local ISO string `YYYY-MM-DDTHH:mm:ss`.
 *
 * @example
 * ```ts
 * formatLocal(new Date(2024, 2, 5, 14, 30)); // "2024-03-05T14:30:00"
 * ```
 */
export function formatLocal(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** Days in a month (`month` 0-based). @example `daysIn(2024, 1) // 29` */
export function daysIn(year: number, month: number): number {
  return new Date(year, month + 1, 0).getDate();
}

/**
 * `date` moved inside `[first, last]`.
 *
 * @example
 * ```ts
 * clampDate(new Date(2030, 0, 1), undefined, new Date(2025, 0, 1)); // 2025-01-01
 * ```
 */
export function clampDate(date: Date, first?: Date, last?: Date): Date {
  if (first && date < first) return new Date(first);
  if (last && date > last) return new Date(last);
  return date;
}

/**
 * Sets year/month/day keeping the day inside the month.
 *
 * @example
 * ```ts
 * withParts(new Date(2024, 0, 31), { month: 1 }); // 2024-02-29
 * ```
 */
export function withParts(
  date: Date,
  parts: { year?: number; month?: number; day?: number; hour?: number; minute?: number },
): Date {
  const year = parts.year ?? date.getFullYear();
  const month = parts.month ?? date.getMonth();
  const day = Math.min(parts.day ?? date.getDate(), daysIn(year, month));
  return new Date(
    year,
    month,
    day,
    parts.hour ?? date.getHours(),
    parts.minute ?? date.getMinutes(),
    date.getSeconds(),
  );
}

/** Midnight of `date`'s day. @example `startOfDay(new Date())` */
export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Month names of the browser's language. @example `monthNames()[0] // "January"` */
export function monthNames(style: "long" | "short" = "long"): string[] {
  const format = new Intl.DateTimeFormat(undefined, { month: style });
  return Array.from({ length: 12 }, (_, m) => format.format(new Date(2000, m, 1)));
}
