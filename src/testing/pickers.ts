/**
 * What a tester user does in a picker dialog (`datepicker`, `timepicker`): choose a day
 * or a time and confirm it, or dismiss the dialog. Controls are known by wire type, as
 * the browser knows them.
 * @module
 */
import type { Control } from "../core/control.js";
import { describeValue, ErrorCode, FletError } from "../core/errors.js";
import { compiledSchemaOf } from "../core/schema.js";

/** An event the browser would send, with its two-way values. */
export interface UserEvent {
  name: string;
  data?: unknown;
  props?: Record<string, unknown>;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const dayOf = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());

function refuse(picker: Control, message: string): never {
  throw new FletError(
    ErrorCode.TESTER_NOT_INTERACTIVE,
    `Expected ${message}; a user could not choose that in ${picker.constructor.name}${picker.uid ? `#${picker.uid}` : ""}.`,
  );
}

/**
 * The `change` a user's choice of `value` sends: a `Date` in a DatePicker (a day between
 * its `firstDate` and `lastDate`, default 1900-01-01 to 2050-01-01), `"HH:MM"` in a
 * TimePicker. Throws for another control or a value the dialog would not take.
 */
export function pickerChoice(picker: Control, value: Date | string): UserEvent {
  const type = compiledSchemaOf(picker.constructor).type;
  const props = picker as unknown as Record<string, unknown>;
  if (type === "datepicker") {
    if (!(value instanceof Date) || Number.isNaN(value.getTime()))
      refuse(picker, `a valid Date, but got ${describeValue(value)}`);
    const first = (props.firstDate as Date | undefined) ?? new Date(1900, 0, 1);
    const last = (props.lastDate as Date | undefined) ?? new Date(2050, 0, 1);
    const day = dayOf(value);
    if (day < dayOf(first) || day > dayOf(last))
      refuse(
        picker,
        `a day from ${first.toDateString()} to ${last.toDateString()} (firstDate to lastDate), but got ${day.toDateString()}, which the calendar shows disabled`,
      );
    const text = `${pad(day.getFullYear(), 4)}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T00:00:00.000`;
    return { name: "change", data: text, props: { value: text, open: false } };
  }
  if (type === "timepicker") {
    const match = typeof value === "string" ? /^(\d{1,2}):(\d{1,2})$/.exec(value) : null;
    if (!match || Number(match[1]) > 23 || Number(match[2]) > 59)
      refuse(picker, `a time "HH:MM" from "00:00" to "23:59", but got ${describeValue(value)}`);
    const text = `${pad(Number(match[1]))}:${pad(Number(match[2]))}`;
    return { name: "change", data: text, props: { value: text, open: false } };
  }
  return refuse(picker, `a DatePicker or a TimePicker, but got a ${type}`);
}

/**
 * The `dismiss` that Escape (or a click outside) sends for an open dialog, sheet or
 * picker; a picker sends its unchanged `value`. Throws when the control has no `dismiss`
 * event or refuses dismissal (`modal`, `dismissible: false`).
 */
export function dismissal(control: Control): UserEvent {
  const schema = compiledSchemaOf(control.constructor);
  const props = control as unknown as Record<string, unknown>;
  if (!schema.eventsByName.has("dismiss") || !schema.propsByName.has("open"))
    refuse(control, "a dialog, sheet or picker (an open control with a dismiss event)");
  if (props.modal === true || props.dismissible === false)
    refuse(control, "a dismissible dialog (not modal, not dismissible: false)");
  const value =
    schema.type === "datepicker" || schema.type === "timepicker" ? props.value : undefined;
  const data = value instanceof Date ? (control as unknown as { value: Date }).value : value;
  return { name: "dismiss", data: dismissData(data), props: { open: false } };
}

function dismissData(value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}T${pad(value.getHours())}:${pad(value.getMinutes())}:${pad(value.getSeconds())}.${pad(value.getMilliseconds(), 3)}`;
}

/** True for the pickers, whose dialogs only the app opens (`pickDate()`, `pickTime()`). */
export function isPicker(control: Control): boolean {
  const type = compiledSchemaOf(control.constructor).type;
  return type === "datepicker" || type === "timepicker";
}
