/**
 * Value types of the Cupertino pack: picker modes, date order and visibility modes.
 * @module
 */

/** What a {@link CupertinoDatePicker} picks. Default `dateAndTime`. */
export const CupertinoDatePickerMode = {
  TIME: "time",
  DATE: "date",
  DATE_AND_TIME: "dateAndTime",
  MONTH_YEAR: "monthYear",
} as const;
/**
 * One of {@link CupertinoDatePickerMode}.
 *
 * @example
 * ```ts
 * const mode: ft.CupertinoDatePickerMode = ft.CupertinoDatePickerMode.DATE;
 * ```
 */
export type CupertinoDatePickerMode =
  (typeof CupertinoDatePickerMode)[keyof typeof CupertinoDatePickerMode];

/** The order of the day, month and year wheels of a {@link CupertinoDatePicker}. */
export const CupertinoDatePickerDateOrder = {
  DAY_MONTH_YEAR: "dmy",
  MONTH_YEAR_DAY: "myd",
  YEAR_MONTH_DAY: "ymd",
  YEAR_DAY_MONTH: "ydm",
} as const;
/**
 * One of {@link CupertinoDatePickerDateOrder}.
 *
 * @example
 * ```ts
 * new ft.CupertinoDatePicker({ dateOrder: ft.CupertinoDatePickerDateOrder.YEAR_MONTH_DAY });
 * ```
 */
export type CupertinoDatePickerDateOrder =
  (typeof CupertinoDatePickerDateOrder)[keyof typeof CupertinoDatePickerDateOrder];

/** The wheels of a {@link CupertinoTimerPicker}: hours-minutes, hours-minutes-seconds or minutes-seconds. */
export const CupertinoTimerPickerMode = {
  HOUR_MINUTE: "hm",
  HOUR_MINUTE_SECONDS: "hms",
  MINUTE_SECONDS: "ms",
} as const;
/**
 * One of {@link CupertinoTimerPickerMode}.
 *
 * @example
 * ```ts
 * new ft.CupertinoTimerPicker({ mode: ft.CupertinoTimerPickerMode.MINUTE_SECONDS });
 * ```
 */
export type CupertinoTimerPickerMode =
  (typeof CupertinoTimerPickerMode)[keyof typeof CupertinoTimerPickerMode];

/** When a {@link CupertinoTextField}'s prefix or suffix shows. */
export const VisibilityMode = {
  NEVER: "never",
  EDITING: "editing",
  NOT_EDITING: "notEditing",
  ALWAYS: "always",
} as const;
/**
 * One of {@link VisibilityMode}.
 *
 * @example
 * ```ts
 * new ft.CupertinoTextField({ suffixVisibilityMode: ft.VisibilityMode.EDITING });
 * ```
 */
export type VisibilityMode = (typeof VisibilityMode)[keyof typeof VisibilityMode];
