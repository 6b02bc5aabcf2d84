/**
 * Dates on the wire, as Flet sends them: ISO 8601 text without a zone
 * (`2024-05-17T00:00:00.000`), read as local time on both sides, so the calendar day the
 * app sets is the day the user sees whatever the time zones of server and browser.
 * @module
 */
import { type Control, defineCheck, prop } from "flet-ts/pack";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

/** A valid `Date`, or ISO 8601 date text (`2024-05-17` or `2024-05-17T09:30:00`). */
export const dateValue = defineCheck(
  (value) =>
    value instanceof Date
      ? !Number.isNaN(value.getTime())
      : typeof value === "string" && ISO_DATE.test(value) && !Number.isNaN(parseDate(value)),
  "a valid Date or ISO 8601 date text (2024-05-17)",
);

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `date` as zone-less ISO text in local time, as Flet's Python `isoformat()`. */
export function wireDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

/** Parses wire text into local time (a bare date is local midnight, not UTC). */
export function parseDate(text: string): number {
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(text);
  return new Date(bare ? `${text}T00:00:00` : text.replace(" ", "T")).getTime();
}

/**
 * Declares a date property: set it to a `Date` (or ISO text); it reads back as a `Date`,
 * also after the browser changed it. On the wire it is zone-less ISO text.
 */
export function dateProp(options: { twoWay?: boolean } = {}) {
  const declare = prop({ kind: "json", check: dateValue, ...options });
  return (
    target: ClassAccessorDecoratorTarget<Control, Date | undefined>,
    context: ClassAccessorDecoratorContext<Control, Date | undefined>,
  ): ClassAccessorDecoratorResult<Control, Date | undefined> => {
    const inner = declare(
      target as unknown as ClassAccessorDecoratorTarget<Control, unknown>,
      context as unknown as ClassAccessorDecoratorContext<Control, unknown>,
    );
    const toWire = (value: unknown) =>
      value instanceof Date && !Number.isNaN(value.getTime()) ? wireDate(value) : value;
    return {
      get(this: Control) {
        const value = inner.get!.call(this);
        return typeof value === "string" ? new Date(parseDate(value)) : undefined;
      },
      set(this: Control, value: Date | undefined) {
        inner.set!.call(this, toWire(value));
      },
      init(this: Control, value: Date | undefined) {
        inner.init!.call(this, toWire(value));
        return value;
      },
    };
  };
}
