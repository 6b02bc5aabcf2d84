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
 * A horizontal Material progress indicator.
 *
 * With `value` (0.0 to 1.0) it shows how much is done; without it, it animates
 * indefinitely to show that something is happening.
 *
 * @example
 * ```ts
 * const bar = new ft.ProgressBar({ width: 400, value: 0 });
 * for (let i = 0; i <= 100; i++) { bar.value = i / 100; bar.update(); await ft.sleep(50); }
 * ```
 */
@control("progressbar")
export class ProgressBar extends ConstrainedControl {
  /**
   * @param value - The progress, 0.0 to 1.0 (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(value?: number | ControlOptions<ProgressBar>, options?: ControlOptions<ProgressBar>) {
    super(withPrimary("value", value, options));
  }

  /** Progress from 0.0 to 1.0; indeterminate when unset. */
  @prop({ kind: "number" }) accessor value: number | undefined;
  /** Thickness of the bar. Default 4. */
  @prop({ kind: "number" }) accessor barHeight: number | undefined;
  /** Colour of the progress. */
  @prop({ kind: "string", check: checks.color }) accessor color: ColorValue | undefined;
  /** Colour of the track. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
}
