import {
  ConstrainedControl,
  type ControlEvent,
  type ControlOptions,
  checks,
  control,
  type EventHandler,
  event,
  prop,
  requestFocus,
  withPrimary,
} from "flet-ts/pack";
import type { Color } from "./internal.js";

/**
 * The iOS slider: a thin blue track and a large white thumb, continuous or in
 * `divisions` steps. Arrow keys, Page Up/Down, Home and End move it too.
 *
 * `value` is two-way. `onChange` fires while it moves; `onChangeStart` and
 * `onChangeEnd` (data: the value) when a drag begins and ends.
 *
 * @example
 * ```ts
 * new ft.CupertinoSlider({ min: 0, max: 100, divisions: 10, value: 50, onChangeEnd: (e) => save(e.control.value) });
 * ```
 */
@control("cupertinoslider")
export class CupertinoSlider extends ConstrainedControl {
  /**
   * @param value - The value (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    value?: number | ControlOptions<CupertinoSlider>,
    options?: ControlOptions<CupertinoSlider>,
  ) {
    super(withPrimary("value", value, options));
  }

  /**
   * Moves keyboard focus to this control in the browser (Flet's `focus()`). Resolves to
   * `true` when it got the focus, `false` when the browser could not focus it (hidden,
   * disabled, not on a page). Never rejects: calling it without `await` is fine.
   */
  focus(): Promise<boolean> {
    return requestFocus(this);
  }

  /** The selected number, from `min` to `max`. */
  @prop({ kind: "number", twoWay: true }) accessor value: number | undefined;
  /** The smallest value. Default 0. */
  @prop({ kind: "number", default: 0 }) accessor min: number | undefined;
  /** The largest value. Default 1. */
  @prop({ kind: "number", default: 1 }) accessor max: number | undefined;
  /** The number of steps; continuous when unset. */
  @prop({ kind: "number" }) accessor divisions: number | undefined;
  /** Colour of the track left of the thumb. Default iOS blue. */
  @prop({ kind: "string", check: checks.color }) accessor activeColor: Color | undefined;
  /** Colour of the thumb. Default white. */
  @prop({ kind: "string", check: checks.color }) accessor thumbColor: Color | undefined;
  /** Fires while the value changes. */
  @event() accessor onChange: EventHandler<ControlEvent<CupertinoSlider>> | undefined;
  /** Fires when a drag starts; data is the value. */
  @event() accessor onChangeStart: EventHandler<ControlEvent<CupertinoSlider>> | undefined;
  /** Fires when a drag ends; data is the value. */
  @event() accessor onChangeEnd: EventHandler<ControlEvent<CupertinoSlider>> | undefined;
  /** Fires when it gains focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<CupertinoSlider>> | undefined;
  /** Fires when it loses focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<CupertinoSlider>> | undefined;
}
