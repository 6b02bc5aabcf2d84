import { Control, type ControlOptions, checks, control, prop } from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";

/**
 * A thin horizontal line with space above and below, between items of a column or list.
 *
 * @example
 * ```ts
 * new ft.Column([new ft.Text("Above"), new ft.Divider({ height: 1, color: ft.colors.OUTLINE_VARIANT }), new ft.Text("Below")]);
 * ```
 */
@control("divider")
export class Divider extends Control {
  constructor(options?: ControlOptions<Divider>) {
    super(options);
  }

  /** The divider's total height; the line sits in its middle. Default 16. */
  @prop({ kind: "number", default: 16 }) accessor height: number | undefined;
  /** Thickness of the line. Default 0 (one physical pixel). */
  @prop({ kind: "number", default: 0 }) accessor thickness: number | undefined;
  /** Colour of the line. */
  @prop({ kind: "string", check: checks.color }) accessor color: ColorValue | undefined;
}
