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
import { CupertinoTimerPickerMode } from "./types.js";

/**
 * The iOS countdown timer picker: hour, minute and second wheels (`mode` `hm`, `hms` or
 * `ms`), each stepping by its interval.
 *
 * `value` (whole seconds) is two-way: `onChange` fires (data: the seconds) when it settles.
 *
 * @example
 * ```ts
 * new ft.CupertinoTimerPicker({ value: 3600 + 5 * 60, mode: ft.CupertinoTimerPickerMode.HOUR_MINUTE_SECONDS, onChange: (e) => setTimer(e.control.value) });
 * ```
 */
@control("cupertinotimerpicker")
export class CupertinoTimerPicker extends ConstrainedControl {
  constructor(options?: ControlOptions<CupertinoTimerPicker>) {
    super(options);
  }

  /** The duration in seconds. Default 0. */
  @prop({ kind: "number", default: 0, twoWay: true }) accessor value: number | undefined;
  /** Step of the seconds wheel. Default 1. */
  @prop({ kind: "number", default: 1 }) accessor secondInterval: number | undefined;
  /** Step of the minutes wheel. Default 1. */
  @prop({ kind: "number", default: 1 }) accessor minuteInterval: number | undefined;
  /** Which wheels show. Default `hms`. */
  @prop({ kind: "enum", values: enumValues(CupertinoTimerPickerMode), default: "hms" })
  accessor mode: CupertinoTimerPickerMode | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: Color | undefined;
  /** Height of each row. Default 32. */
  @prop({ kind: "number", default: 32 }) accessor itemExtent: number | undefined;
  /** Alignment of the wheels. */
  @prop({ kind: "json" }) accessor alignment: { x: number; y: number } | undefined;
  /** Fires after the duration changes; data is the seconds. */
  @event() accessor onChange: EventHandler<ControlEvent<CupertinoTimerPicker>> | undefined;
}
