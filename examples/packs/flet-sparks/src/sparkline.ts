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
 * How a {@link Sparkline} joins its points.
 *
 * @example
 * ```ts
 * new Sparkline([3, 5, 4], { curve: SparklineCurve.SMOOTH });
 * ```
 */
export const SparklineCurve = {
  /** Straight segments. */
  LINEAR: "linear",
  /** A smooth monotone curve (no overshoot above the highest point). */
  SMOOTH: "smooth",
  /** Steps, centred on each point. */
  STEP: "step",
} as const;
/** One of {@link SparklineCurve}. */
export type SparklineCurve = (typeof SparklineCurve)[keyof typeof SparklineCurve];

/**
 * The event of {@link Sparkline.onClick}: `index` is the point nearest to the click.
 *
 * @example
 * ```ts
 * new Sparkline(values, { onClick: (e) => console.log(values[e.index]) });
 * ```
 */
export class SparklineClickEvent extends ControlEvent<Sparkline> {
  /** The index (in `values`) of the point nearest to the click. */
  get index(): number {
    return typeof this.data === "number" ? this.data : -1;
  }
}

/**
 * A small line chart of `values`, drawn to the control's `width` × `height` (default
 * 160 × 40). `min`/`max` fix the vertical range (else it spans the values).
 *
 * In the browser it is an SVG with `role="img"` whose name summarises the data ("Sales:
 * 12 values, from 3 to 17, last 9"). With `onClick` it is focusable: arrows pick a point
 * and Enter "clicks" it.
 *
 * @example
 * ```ts
 * new Sparkline([3, 8, 5, 12, 9], { label: "Sales", color: "green", fillColor: "green,0.2", showLast: true });
 * ```
 */
@control("sparks.sparkline", PACK_INFO)
export class Sparkline extends ConstrainedControl {
  /**
   * @param values - The values, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(values?: number[] | ControlOptions<Sparkline>, options?: ControlOptions<Sparkline>) {
    super(withPrimary("values", values, options));
  }

  /** The values, oldest first. */
  @prop({ kind: "number[]" }) accessor values: number[] | undefined;
  /** The line colour. Default the theme's primary colour. */
  @prop({ kind: "string" }) accessor color: ColorValue | undefined;
  /** Fills the area under the line with this colour. Default no fill. */
  @prop({ kind: "string" }) accessor fillColor: ColorValue | undefined;
  /** The line width in logical pixels. Default 2. */
  @prop({ kind: "number", default: 2 }) accessor strokeWidth: number | undefined;
  /** How points are joined. Default `SparklineCurve.LINEAR`. */
  @prop({ kind: "enum", values: Object.values(SparklineCurve), default: SparklineCurve.LINEAR })
  accessor curve: SparklineCurve | undefined;
  /** Marks the last point with a dot and shows its value. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor showLast: boolean | undefined;
  /** The value at the bottom edge. Default the smallest value. */
  @prop({ kind: "number" }) accessor min: number | undefined;
  /** The value at the top edge. Default the largest value. */
  @prop({ kind: "number" }) accessor max: number | undefined;
  /** What the chart shows ("Sales"), the start of its accessible name. */
  @prop({ kind: "string", label: true }) accessor label: string | undefined;

  /** Fires on a click (or Enter); `e.index` (and `e.data`) is the nearest point's index. */
  @event({ type: SparklineClickEvent }) accessor onClick:
    | EventHandler<SparklineClickEvent>
    | undefined;
}
