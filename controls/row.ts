import {
  type Control,
  type ControlOptions,
  CrossAxisAlignment,
  checks,
  children,
  control,
  enumValues,
  MainAxisAlignment,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { ScrollableControl } from "./scrollable-control.js";

/**
 * Lays its children out in a horizontal line.
 *
 * A child with `expand` takes a share of the free space. With `wrap`, children that do
 * not fit flow onto further lines (`runSpacing` apart); with `scroll`, the row scrolls
 * instead.
 *
 * @example
 * ```ts
 * new ft.Row([new ft.Text("Name"), new ft.TextField({ expand: true })], {
 *   alignment: ft.MainAxisAlignment.SPACE_BETWEEN,
 *   spacing: 8,
 * });
 * ```
 */
@control("row")
export class Row extends ScrollableControl {
  /**
   * @param controls - The children, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(controls?: Control[] | ControlOptions<Row>, options?: ControlOptions<Row>) {
    super(withPrimary("controls", controls, options));
  }

  /** The children, left to right (right to left with `rtl`). */
  @children() accessor controls!: Control[];
  /** Placement of the children along the row. Default `start`. */
  @prop({ kind: "enum", values: enumValues(MainAxisAlignment) }) accessor alignment:
    | MainAxisAlignment
    | undefined;
  /** Placement of the children across the row. Default `center`. */
  @prop({ kind: "enum", values: enumValues(CrossAxisAlignment) })
  accessor verticalAlignment: CrossAxisAlignment | undefined;
  /** Space between children, in logical pixels. Default 10. */
  @prop({ kind: "number", default: 10, check: checks.nonNegative }) accessor spacing:
    | number
    | undefined;
  /** Takes only the width its children need instead of all it can. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor tight: boolean | undefined;
  /** Flows children onto new lines when they do not fit. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor wrap: boolean | undefined;
  /** Space between wrapped lines. Default 10. */
  @prop({ kind: "number", default: 10, check: checks.nonNegative }) accessor runSpacing:
    | number
    | undefined;
}
