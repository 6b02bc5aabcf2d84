import {
  ConstrainedControl,
  type ControlEvent,
  type ControlOptions,
  checks,
  control,
  type EventHandler,
  enumValues,
  event,
  prop,
} from "flet-ts/pack";
import type { Color } from "./internal.js";
import { CupertinoDatePickerDateOrder, CupertinoDatePickerMode } from "./types.js";

/**
 * The iOS date and time picker: wheels for the date (in `dateOrder`), the time (12 or 24
 * hour, minutes by `minuteInterval`) or both, within `firstDate`–`lastDate`.
 *
 * `value` is two-way, an ISO 8601 local date-time string (`2024-03-05T14:30:00`):
 * `onChange` fires (data: the same string) when the wheels settle.
 *
 * @example
 * ```ts
 * new ft.CupertinoDatePicker({
 *   value: "2024-03-05T14:30:00",
 *   datePickerMode: ft.CupertinoDatePickerMode.DATE,
 *   firstDate: "2024-01-01", lastDate: "2024-12-31",
 *   onChange: (e) => console.log(e.control.value),
 * });
 * ```
 */
@control("cupertinodatepicker")
export class CupertinoDatePicker extends ConstrainedControl {
  constructor(options?: ControlOptions<CupertinoDatePicker>) {
    super(options);
  }

  /** The picked moment, ISO 8601 (`YYYY-MM-DDTHH:mm:ss`). Default now. */
  @prop({ kind: "string", twoWay: true }) accessor value: string | undefined;
  /** The earliest selectable moment, ISO 8601. */
  @prop({ kind: "string" }) accessor firstDate: string | undefined;
  /** The latest selectable moment, ISO 8601. */
  @prop({ kind: "string" }) accessor lastDate: string | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: Color | undefined;
  /** Step of the minutes wheel (a divisor of 60). Default 1. */
  @prop({ kind: "number", default: 1 }) accessor minuteInterval: number | undefined;
  /** The first year of the year wheel. Default 1. */
  @prop({ kind: "number", default: 1 }) accessor minimumYear: number | undefined;
  /** The last year of the year wheel. */
  @prop({ kind: "number" }) accessor maximumYear: number | undefined;
  /** Height of each row. Default 32. */
  @prop({ kind: "number", default: 32 }) accessor itemExtent: number | undefined;
  /** A 24-hour clock instead of AM/PM. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor use24hFormat: boolean | undefined;
  /** What it picks. Default `dateAndTime`. */
  @prop({ kind: "enum", values: enumValues(CupertinoDatePickerMode), default: "dateAndTime" })
  accessor datePickerMode: CupertinoDatePickerMode | undefined;
  /** Order of the date wheels. Default from the locale (`mdy` order in English). */
  @prop({ kind: "enum", values: enumValues(CupertinoDatePickerDateOrder) })
  accessor dateOrder: CupertinoDatePickerDateOrder | undefined;
  /** Fires after the picked moment changes; data is the ISO string. */
  @event() accessor onChange: EventHandler<ControlEvent<CupertinoDatePicker>> | undefined;
}
