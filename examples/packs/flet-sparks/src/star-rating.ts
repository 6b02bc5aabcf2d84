import type { ColorValue } from "flet-ts";
import {
  ConstrainedControl,
  ControlEvent,
  type ControlOptions,
  control,
  type EventHandler,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { PACK_INFO } from "./pack-info.js";

/**
 * The shapes a {@link StarRating} can draw.
 *
 * @example
 * ```ts
 * new StarRating({ icon: StarIcon.HEART });
 * ```
 */
export const StarIcon = {
  STAR: "star",
  HEART: "heart",
  CIRCLE: "circle",
} as const;
/** One of {@link StarIcon}. */
export type StarIcon = (typeof StarIcon)[keyof typeof StarIcon];

/**
 * The event of {@link StarRating.onHover}: `value` is the rating under the pointer, or
 * `undefined` once the pointer leaves the stars.
 *
 * @example
 * ```ts
 * new StarRating({ onHover: (e) => console.log(e.value ?? "left") });
 * ```
 */
export class StarHoverEvent extends ControlEvent<StarRating> {
  /** The rating the pointer is over (`3`, or `2.5` with `allowHalf`); `undefined` on leave. */
  get value(): number | undefined {
    return typeof this.data === "number" ? this.data : undefined;
  }
}

/**
 * A star rating input: `max` stars, filled up to `value` (in halves with `allowHalf`).
 *
 * `value` is two-way: when the user clicks a star or uses the keyboard (arrows, Home,
 * End, digits), the browser sets it and `onChange` fires with the new value in
 * `e.control.value` (and `e.data`). `onHover` reports the star under the pointer. In the
 * browser it is a WAI-ARIA slider (`aria-valuenow`, `aria-valuetext` "3 of 5 stars"),
 * named by `label`.
 *
 * @example
 * ```ts
 * new StarRating({ label: "Battery life", value: 4, onChange: (e) => save(e.control.value) });
 * new StarRating(3.5, { allowHalf: true, readOnly: true, color: "red", icon: StarIcon.HEART });
 * ```
 */
@control("sparks.starrating", PACK_INFO)
export class StarRating extends ConstrainedControl {
  /**
   * @param value - The rating, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(value?: number | ControlOptions<StarRating>, options?: ControlOptions<StarRating>) {
    super(withPrimary("value", value, options));
  }

  /** The rating, from 0 (none) to `max`. Default 0. */
  @prop({ kind: "number", default: 0, twoWay: true }) accessor value: number | undefined;
  /** The number of stars. Default 5. */
  @prop({ kind: "number", default: 5 }) accessor max: number | undefined;
  /** Lets the user pick half stars (steps of 0.5). Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor allowHalf: boolean | undefined;
  /** Shows the rating without letting the user change it. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor readOnly: boolean | undefined;
  /** The size of one star in logical pixels. Default 24. */
  @prop({ kind: "number", default: 24 }) accessor size: number | undefined;
  /** The colour of filled stars (a Flet colour name or hex). Default amber. */
  @prop({ kind: "string" }) accessor color: ColorValue | undefined;
  /** The colour of empty stars. Default the theme's outline colour. */
  @prop({ kind: "string" }) accessor emptyColor: ColorValue | undefined;
  /** The accessible name ("Rate this product"). Default "Rating". */
  @prop({ kind: "string", label: true }) accessor label: string | undefined;
  /** The shape drawn. Default `StarIcon.STAR`. */
  @prop({ kind: "enum", values: Object.values(StarIcon), default: StarIcon.STAR })
  accessor icon: StarIcon | undefined;

  /** Fires when the user changes the value; it is in `e.control.value` and `e.data`. */
  @event() accessor onChange: EventHandler<ControlEvent<StarRating>> | undefined;
  /** Fires when the pointer moves onto another star, and with no value when it leaves. */
  @event({ type: StarHoverEvent }) accessor onHover: EventHandler<StarHoverEvent> | undefined;
}
