import {
  Control,
  ControlEvent,
  type ControlOptions,
  control,
  defineCheck,
  type EventHandler,
  enumValues,
  event,
  prop,
} from "flet-ts/pack";

/**
 * How a {@link TimePicker} lets the user enter a time: the dial or two text fields, with
 * (`dial`, `input`) or without (`dialOnly`, `inputOnly`) a button to switch.
 */
export const TimePickerEntryMode = {
  DIAL: "dial",
  INPUT: "input",
  DIAL_ONLY: "dialOnly",
  INPUT_ONLY: "inputOnly",
} as const;
/** One of {@link TimePickerEntryMode}. */
export type TimePickerEntryMode = (typeof TimePickerEntryMode)[keyof typeof TimePickerEntryMode];

/** How a {@link TimePicker} lays out its dialog. */
export const Orientation = { PORTRAIT: "portrait", LANDSCAPE: "landscape" } as const;
/** One of {@link Orientation}. */
export type Orientation = (typeof Orientation)[keyof typeof Orientation];

/** A time of day as Flet sends it: `HH:MM`, 24-hour (`9:05` is accepted too). */
export const timeValue = defineCheck((value) => {
  const match = typeof value === "string" ? /^(\d{1,2}):(\d{1,2})$/.exec(value) : null;
  return match !== null && Number(match[1]) < 24 && Number(match[2]) < 60;
}, 'a time of day "HH:MM" (24-hour, "00:00" to "23:59")');

/**
 * What `onEntryModeChange` receives: the mode the user switched to.
 *
 * @example
 * ```ts
 * picker.onEntryModeChange = (e) => console.log(e.entryMode); // "input"
 * ```
 */
export class TimePickerEntryModeChangeEvent extends ControlEvent<TimePicker> {
  /** The new entry mode. */
  readonly entryMode: TimePickerEntryMode | undefined;

  constructor(control: TimePicker, name: string, data?: unknown) {
    super(control, name, data);
    const modes: readonly unknown[] = enumValues(TimePickerEntryMode);
    this.entryMode = modes.includes(data) ? (data as TimePickerEntryMode) : undefined;
  }
}

/**
 * A Material 3 time picker dialog: the hour and minute with AM/PM (12-hour locales), a
 * clock dial (the hour first, then the minute) or two text fields, and Cancel/OK.
 *
 * Put it in `page.overlay` and open it with {@link TimePicker.pickTime} (or `open`). When
 * the user confirms, `value` becomes the chosen time (`"HH:MM"`, 24-hour) and `onChange`
 * fires; Cancel, Escape or a click outside fire `onDismiss`. Either way `open` turns false.
 * Whether the dial shows 12 or 24 hours follows `locale` (default the browser's).
 *
 * Keyboard: the dial is a slider (arrows change the hour or minute), Enter confirms,
 * Escape dismisses; focus stays in the dialog and returns where it was after.
 *
 * @example
 * ```ts
 * const picker = new ft.TimePicker({ value: "09:30", onChange: () => console.log(picker.value) });
 * page.overlay.push(picker);
 * page.add(new ft.ElevatedButton("Pick time", { onClick: () => picker.pickTime() }));
 * ```
 */
@control("timepicker")
export class TimePicker extends Control {
  constructor(options?: ControlOptions<TimePicker>) {
    super(options);
  }

  /** Opens the dialog (Flet's `pick_time()`): sets `open` and updates the picker. */
  pickTime(): void {
    this.open = true;
    this.update();
  }

  /** Whether the dialog is shown. Two-way: false again once the user closed it. Default false. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor open: boolean | undefined;
  /** The chosen time, `"HH:MM"` 24-hour. Two-way; the dialog starts on it (else now). */
  @prop({ kind: "string", check: timeValue, twoWay: true }) accessor value: string | undefined;
  /** Dial or text fields, switchable or not. Default `dial`. */
  @prop({ kind: "enum", values: enumValues(TimePickerEntryMode) }) accessor timePickerEntryMode:
    | TimePickerEntryMode
    | undefined;
  /** Label under the hour field in input mode. Default "Hour". */
  @prop({ kind: "string" }) accessor hourLabelText: string | undefined;
  /** Label under the minute field in input mode. Default "Minute". */
  @prop({ kind: "string" }) accessor minuteLabelText: string | undefined;
  /** The dialog's small title. Default "Select time" ("Enter time" in input mode). */
  @prop({ kind: "string", text: true }) accessor helpText: string | undefined;
  /** The dismiss button's text. Default "Cancel". */
  @prop({ kind: "string", text: true }) accessor cancelText: string | undefined;
  /** The confirm button's text. Default "OK". */
  @prop({ kind: "string", text: true }) accessor confirmText: string | undefined;
  /** The error under the fields when they hold no valid time. Default "Enter a valid time". */
  @prop({ kind: "string" }) accessor errorInvalidText: string | undefined;
  /** Portrait (time above the dial) or landscape (side by side). Default portrait. */
  @prop({ kind: "enum", values: enumValues(Orientation) }) accessor orientation:
    | Orientation
    | undefined;
  /** BCP 47 language tag that decides 12 or 24 hours (`en-US`: AM/PM, `de-DE`: 24 hours). Default the browser's. */
  @prop({ kind: "string" }) accessor locale: string | undefined;
  /** The user confirmed a time; `e.data` is `"HH:MM"`, also in `value`. */
  @event() accessor onChange: EventHandler<ControlEvent<TimePicker>> | undefined;
  /** The user closed the dialog without choosing (Cancel, Escape, a click outside). */
  @event() accessor onDismiss: EventHandler<ControlEvent<TimePicker>> | undefined;
  /** The user switched between dial and text fields. */
  @event({ type: TimePickerEntryModeChangeEvent }) accessor onEntryModeChange:
    | EventHandler<TimePickerEntryModeChangeEvent>
    | undefined;
}
