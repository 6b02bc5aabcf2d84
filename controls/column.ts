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
 * Lays its children out in a vertical line.
 *
 * A child with `expand` takes a share of the free height. With `wrap`, children flow into
 * further columns; with `scroll`, the column scrolls when its children are taller than
 * it is.
 *
 * @example
 * ```ts
 * new ft.Column([new ft.Text("Title", { size: 24 }), new ft.Text("Body")], {
 *   horizontalAlignment: ft.CrossAxisAlignment.CENTER,
 *   scroll: ft.ScrollMode.AUTO,
 * });
 * ```
 */
@control("column")
export class Column extends ScrollableControl {
  /**
   * @param controls - The children, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(controls?: Control[] | ControlOptions<Column>, options?: ControlOptions<Column>) {
    super(withPrimary("controls", controls, options));
  }

  /** The children, top to bottom. */
  @children() accessor controls!: Control[];
  /** Placement of the children along the column. Default `start`. */
  @prop({ kind: "enum", values: enumValues(MainAxisAlignment) }) accessor alignment:
    | MainAxisAlignment
    | undefined;
  /** Placement of the children across the column. Default `start`. */
  @prop({ kind: "enum", values: enumValues(CrossAxisAlignment) })
  accessor horizontalAlignment: CrossAxisAlignment | undefined;
  /** Space between children, in logical pixels. Default 10. */
  @prop({ kind: "number", default: 10, check: checks.nonNegative }) accessor spacing:
    | number
    | undefined;
  /** Takes only the height its children need instead of all it can. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor tight: boolean | undefined;
  /** Flows children into new columns when they do not fit. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor wrap: boolean | undefined;
  /** Space between wrapped columns. Default 10. */
  @prop({ kind: "number", default: 10, check: checks.nonNegative }) accessor runSpacing:
    | number
    | undefined;
}
