import { Control, type ControlOptions, checks, control, prop } from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";

/**
 * A thin vertical line with space on both sides, between items of a row.
 *
 * @example
 * ```ts
 * new ft.Row([new ft.Text("Left"), new ft.VerticalDivider({ width: 9, thickness: 3 }), new ft.Text("Right")], { height: 40 });
 * ```
 */
@control("verticaldivider")
export class VerticalDivider extends Control {
  constructor(options?: ControlOptions<VerticalDivider>) {
    super(options);
  }

  /** The divider's total width; the line sits in its middle. Default 16. */
  @prop({ kind: "number", default: 16 }) accessor width: number | undefined;
  /** Thickness of the line. Default 0 (one physical pixel). */
  @prop({ kind: "number", default: 0 }) accessor thickness: number | undefined;
  /** Colour of the line. */
  @prop({ kind: "string", check: checks.color }) accessor color: ColorValue | undefined;
}
