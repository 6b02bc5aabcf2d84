import {
  Control,
  type ControlEvent,
  type ControlOptions,
  control,
  ErrorCode,
  type EventHandler,
  enumValues,
  event,
  FletError,
  prop,
} from "flet-ts/pack";
import { dateProp } from "./date-value.js";
import { KeyboardType } from "./types/input.js";

/** Which view a {@link DatePicker} opens on: the month's days or the list of years. */
export const DatePickerMode = { DAY: "day", YEAR: "year" } as const;
/** One of {@link DatePickerMode}. */
export type DatePickerMode = (typeof DatePickerMode)[keyof typeof DatePickerMode];

/**
 * How a {@link DatePicker} lets the user enter a date: the calendar or a text field, with
 * (`calendar`, `input`) or without (`calendarOnly`, `inputOnly`) a button to switch.
 */
export const DatePickerEntryMode = {
  CALENDAR: "calendar",
  INPUT: "input",
  CALENDAR_ONLY: "calendarOnly",
  INPUT_ONLY: "inputOnly",
} as const;
/** One of {@link DatePickerEntryMode}. */
export type DatePickerEntryMode = (typeof DatePickerEntryMode)[keyof typeof DatePickerEntryMode];

/** Flet's default range when `firstDate`/`lastDate` are unset: 1900-01-01 to 2050-01-01. */
export const DEFAULT_FIRST_DATE = new Date(1900, 0, 1);
/** See {@link DEFAULT_FIRST_DATE}. */
export const DEFAULT_LAST_DATE = new Date(2050, 0, 1);

/**
 * A Material 3 date picker dialog: a header with the selected date, a month's calendar
 * (today outlined, month and year navigation, a grid of years) or a text field, and
 * Cancel/OK buttons.
 *
 * Put it in `page.overlay` and open it with {@link DatePicker.pickDate} (or `open`). When
 * the user confirms, `value` becomes the chosen day (a `Date` at local midnight) and
 * `onChange` fires; Cancel, Escape or a click outside fire `onDismiss`. Either way `open`
 * turns false. Days before `firstDate` or after `lastDate` cannot be chosen. Month and
 * weekday names and the first day of the week follow `locale` (default the browser's).
 *
 * Keyboard: arrows move a day or a week in the grid, PageUp/PageDown a month, Home/End to
 * the week's ends, Enter or Space choose the day, Escape dismisses; focus stays in the
 * dialog and returns where it was after.
 *
 * @example
 * ```ts
 * const picker = new ft.DatePicker({
 *   firstDate: new Date(2024, 0, 1),
 *   lastDate: new Date(2024, 11, 31),
 *   onChange: () => console.log(picker.value),
 * });
 * page.overlay.push(picker);
 * page.add(new ft.ElevatedButton("Pick date", { onClick: () => picker.pickDate() }));
 * ```
 */
@control("datepicker")
export class DatePicker extends Control {
  constructor(options?: ControlOptions<DatePicker>) {
    super(options);
  }

  /** Opens the dialog (Flet's `pick_date()`): sets `open` and updates the picker. */
  pickDate(): void {
    this.open = true;
    this.update();
  }

  /** Whether the dialog is shown. Two-way: false again once the user closed it. Default false. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor open: boolean | undefined;
  /** The chosen day. Two-way; the dialog starts on it (else on `currentDate`, else today). */
  @dateProp({ twoWay: true }) accessor value: Date | undefined;
  /** The earliest day the user can choose. Default 1900-01-01. */
  @dateProp() accessor firstDate: Date | undefined;
  /** The latest day the user can choose. Default 2050-01-01. */
  @dateProp() accessor lastDate: Date | undefined;
  /** The day drawn as today (outlined). Default the browser's today. */
  @dateProp() accessor currentDate: Date | undefined;
  /** The on-screen keyboard of the input mode's field. Default `datetime`. */
  @prop({ kind: "enum", values: enumValues(KeyboardType) }) accessor keyboardType:
    | KeyboardType
    | undefined;
  /** The view the calendar opens on. Default `day`. */
  @prop({ kind: "enum", values: enumValues(DatePickerMode) }) accessor datePickerMode:
    | DatePickerMode
    | undefined;
  /** Calendar or text field, switchable or not. Default `calendar`. */
  @prop({ kind: "enum", values: enumValues(DatePickerEntryMode) }) accessor datePickerEntryMode:
    | DatePickerEntryMode
    | undefined;
  /** The header's small title. Default "Select date" ("Enter date" in input mode). */
  @prop({ kind: "string", text: true }) accessor helpText: string | undefined;
  /** The dismiss button's text. Default "Cancel". */
  @prop({ kind: "string", text: true }) accessor cancelText: string | undefined;
  /** The confirm button's text. Default "OK". */
  @prop({ kind: "string", text: true }) accessor confirmText: string | undefined;
  /** The field's error when its text is not a date. Default "Invalid format.". */
  @prop({ kind: "string" }) accessor errorFormatText: string | undefined;
  /** The field's error when the date is outside the range. Default "Out of range.". */
  @prop({ kind: "string" }) accessor errorInvalidText: string | undefined;
  /** The field's placeholder. Default the locale's date pattern (`mm/dd/yyyy`). */
  @prop({ kind: "string" }) accessor fieldHintText: string | undefined;
  /** The field's label. Default "Enter Date". */
  @prop({ kind: "string" }) accessor fieldLabelText: string | undefined;
  /** Icon of the button that switches to the calendar. Default `calendar_today`. */
  @prop({ kind: "string" }) accessor switchToCalendarEntryModeIcon: string | undefined;
  /** Icon of the button that switches to the text field. Default `edit`. */
  @prop({ kind: "string" }) accessor switchToInputEntryModeIcon: string | undefined;
  /** BCP 47 language tag for month and weekday names, date format and week start (`fr-FR`). Default the browser's. */
  @prop({ kind: "string" }) accessor locale: string | undefined;
  /** The user confirmed a day; `e.data` is its ISO text, `value` the `Date`. */
  @event() accessor onChange: EventHandler<ControlEvent<DatePicker>> | undefined;
  /** The user closed the dialog without choosing (Cancel, Escape, a click outside). */
  @event() accessor onDismiss: EventHandler<ControlEvent<DatePicker>> | undefined;

  /** Refuses a range that ends before it starts, and a value outside the range. */
  override validate(): void {
    const first = this.firstDate ?? DEFAULT_FIRST_DATE;
    const last = this.lastDate ?? DEFAULT_LAST_DATE;
    const day = (date: Date) => date.toDateString();
    if (first.getTime() > last.getTime())
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        `Expected DatePicker.firstDate to be on or before lastDate (${day(last)}), but got ${day(first)}. Set firstDate earlier or lastDate later.`,
        { prop: "firstDate" },
      );
    const value = this.value;
    if (value && (startOfDay(value) < startOfDay(first) || startOfDay(value) > startOfDay(last)))
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        `Expected DatePicker.value to be between firstDate (${day(first)}) and lastDate (${day(last)}), but got ${day(value)}. Set a value in the range, or widen it.`,
        { prop: "value" },
      );
  }
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}
