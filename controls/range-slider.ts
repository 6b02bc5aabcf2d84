import {
  ConstrainedControl,
  type ControlEvent,
  type ControlOptions,
  checks,
  control,
  type EventHandler,
  event,
  prop,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";

/** `overlayColor`: a colour, or colours by state (`{ "": c, hovered: c, pressed: c }`). */
export type OverlayColor = ColorValue | Readonly<Record<string, ColorValue>>;

/**
 * A Material 3 slider with two thumbs that select a range from `min` to `max`.
 *
 * `startValue` and `endValue` are two-way: `onChange` fires while the user drags a thumb
 * (or steps it with the arrow keys), `onChangeStart` and `onChangeEnd` around a drag.
 * `label` is shown over a thumb while it moves, with `{value}` replaced by its value
 * rounded to `round` decimals; it also names both thumbs for screen readers.
 *
 * @example
 * ```ts
 * new ft.RangeSlider(20, 80, { min: 0, max: 100, divisions: 10, label: "{value}%" });
 * ```
 */
@control("rangeslider")
export class RangeSlider extends ConstrainedControl {
  /**
   * @param startValue - The start of the range (Flet's first positional argument), or the options.
   * @param endValue - The end of the range.
   * @param options - Other properties and handlers.
   */
  constructor(
    startValue?: number | ControlOptions<RangeSlider>,
    endValue?: number,
    options?: ControlOptions<RangeSlider>,
  ) {
    super(
      typeof startValue === "number"
        ? { ...options, startValue, ...(endValue === undefined ? {} : { endValue }) }
        : startValue,
    );
  }

  /** The start of the selected range. Two-way. */
  @prop({ kind: "number", twoWay: true }) accessor startValue: number | undefined;
  /** The end of the selected range. Two-way. */
  @prop({ kind: "number", twoWay: true }) accessor endValue: number | undefined;
  /** The value label shown while a thumb moves; `{value}` is replaced by its value. */
  @prop({ kind: "string", text: true }) accessor label: string | undefined;
  /** The smallest value. Default 0. */
  @prop({ kind: "number", default: 0 }) accessor min: number | undefined;
  /** The largest value. Default 1. */
  @prop({ kind: "number", default: 1 }) accessor max: number | undefined;
  /** The number of steps between min and max (tick marks when 20 or fewer); continuous when unset. */
  @prop({ kind: "number", check: checks.positiveInteger }) accessor divisions: number | undefined;
  /** Decimals of the value in `label`. Default 0. */
  @prop({ kind: "number", default: 0, check: checks.nonNegativeInteger }) accessor round:
    | number
    | undefined;
  /** Colour of the track between the thumbs, and of the thumbs. */
  @prop({ kind: "string", check: checks.color }) accessor activeColor: ColorValue | undefined;
  /** Colour of the track outside the range. */
  @prop({ kind: "string", check: checks.color }) accessor inactiveColor: ColorValue | undefined;
  /** Colour of the halo around a hovered, focused or dragged thumb (a colour or by state). */
  @prop({ kind: "json" }) accessor overlayColor: OverlayColor | undefined;
  /** Fires while the user moves a thumb; `startValue` and `endValue` hold the range. */
  @event() accessor onChange: EventHandler<ControlEvent<RangeSlider>> | undefined;
  /** Fires when the user starts dragging a thumb. */
  @event() accessor onChangeStart: EventHandler<ControlEvent<RangeSlider>> | undefined;
  /** Fires when the user lets go of a thumb. */
  @event() accessor onChangeEnd: EventHandler<ControlEvent<RangeSlider>> | undefined;
}
