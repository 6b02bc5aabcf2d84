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
import type { ColorValue } from "./types/colors.js";

/**
 * A Material slider: picks a number from `min` to `max`, continuously or in `divisions`
 * steps.
 *
 * `value` is two-way. `onChange` fires while the thumb moves, `onChangeStart` and
 * `onChangeEnd` when a drag begins and ends (save work for `onChangeEnd`). With
 * `divisions`, `label` is shown above the thumb while dragging; `{value}` in it is
 * replaced by the value, rounded to `round` decimals.
 *
 * @example
 * ```ts
 * new ft.Slider({ min: 0, max: 100, divisions: 10, label: "{value}%", onChangeEnd: (e) => save(e.control.value) });
 * ```
 */
@control("slider")
export class Slider extends ConstrainedControl {
  /**
   * @param value - The value (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(value?: number | ControlOptions<Slider>, options?: ControlOptions<Slider>) {
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
  /** Text above the thumb while dragging; `{value}` is replaced by the value. */
  @prop({ kind: "string", text: true }) accessor label: string | undefined;
  /** The smallest value. Default 0. */
  @prop({ kind: "number", default: 0 }) accessor min: number | undefined;
  /** The largest value. Default 1. */
  @prop({ kind: "number", default: 1 }) accessor max: number | undefined;
  /** The number of steps; continuous when unset. */
  @prop({ kind: "number" }) accessor divisions: number | undefined;
  /** Decimals of the value in `label`. Default 0. */
  @prop({ kind: "number", default: 0 }) accessor round: number | undefined;
  /** Focuses the slider when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** Colour of the track left of the thumb. */
  @prop({ kind: "string", check: checks.color }) accessor activeColor: ColorValue | undefined;
  /** Colour of the track right of the thumb. */
  @prop({ kind: "string", check: checks.color }) accessor inactiveColor: ColorValue | undefined;
  /** Colour of the thumb. */
  @prop({ kind: "string", check: checks.color }) accessor thumbColor: ColorValue | undefined;
  /** Fires while the value changes. */
  @event() accessor onChange: EventHandler<ControlEvent<Slider>> | undefined;
  /** Fires when the user starts dragging. */
  @event() accessor onChangeStart: EventHandler<ControlEvent<Slider>> | undefined;
  /** Fires when the user stops dragging. */
  @event() accessor onChangeEnd: EventHandler<ControlEvent<Slider>> | undefined;
  /** Fires when the slider gains focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<Slider>> | undefined;
  /** Fires when the slider loses focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<Slider>> | undefined;
}
