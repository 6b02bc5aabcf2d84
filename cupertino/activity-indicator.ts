import { ConstrainedControl, type ControlOptions, checks, control, prop } from "flet-ts/pack";
import type { Color } from "./internal.js";

/**
 * The iOS activity indicator: twelve fading spokes turning while `animating`.
 *
 * @example
 * ```ts
 * new ft.CupertinoActivityIndicator({ radius: 20, color: ft.colors.BLUE });
 * ```
 */
@control("cupertinoactivityindicator")
export class CupertinoActivityIndicator extends ConstrainedControl {
  constructor(options?: ControlOptions<CupertinoActivityIndicator>) {
    super(options);
  }

  /** Radius of the spinner, in logical pixels. Default 10. */
  @prop({ kind: "number", default: 10 }) accessor radius: number | undefined;
  /** Colour of the spokes. Default iOS grey. */
  @prop({ kind: "string", check: checks.color }) accessor color: Color | undefined;
  /** Whether it turns. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor animating: boolean | undefined;
}
