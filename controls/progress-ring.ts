import {
  ConstrainedControl,
  type ControlOptions,
  checks,
  control,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";

/**
 * A circular Material progress indicator (a spinner).
 *
 * With `value` (0.0 to 1.0) it shows how much is done; without it, it spins
 * indefinitely. Set `width` and `height` to size it.
 *
 * @example
 * ```ts
 * new ft.Row([new ft.ProgressRing({ width: 16, height: 16, strokeWidth: 2 }), new ft.Text("Loading…")]);
 * ```
 */
@control("progressring")
export class ProgressRing extends ConstrainedControl {
  /**
   * @param value - The progress, 0.0 to 1.0 (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    value?: number | ControlOptions<ProgressRing>,
    options?: ControlOptions<ProgressRing>,
  ) {
    super(withPrimary("value", value, options));
  }

  /** Progress from 0.0 to 1.0; indeterminate when unset. */
  @prop({ kind: "number" }) accessor value: number | undefined;
  /** Thickness of the ring. Default 4. */
  @prop({ kind: "number", default: 4 }) accessor strokeWidth: number | undefined;
  /** Colour of the progress. */
  @prop({ kind: "string", check: checks.color }) accessor color: ColorValue | undefined;
  /** Colour of the track. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
}
