import {
  type Control,
  type ControlOptions,
  checks,
  children,
  control,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { ScrollableControl } from "./scrollable-control.js";

/**
 * A scrolling grid of children.
 *
 * Set `runsCount` for a fixed number of columns (rows when `horizontal`), or `maxExtent`
 * for as many columns as fit at that maximum size. Like ListView, it renders only the
 * children near the viewport.
 *
 * @example
 * ```ts
 * new ft.GridView(photos.map((src) => new ft.Image(src, { fit: ft.ImageFit.COVER })), {
 *   maxExtent: 150, childAspectRatio: 1, spacing: 5, runSpacing: 5, expand: true,
 * });
 * ```
 */
@control("gridview")
export class GridView extends ScrollableControl {
  /**
   * @param controls - The cells, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(controls?: Control[] | ControlOptions<GridView>, options?: ControlOptions<GridView>) {
    super(withPrimary("controls", controls, options));
  }

  /** The cells. */
  @children() accessor controls!: Control[];
  /** Scrolls horizontally instead of vertically. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor horizontal: boolean | undefined;
  /** The number of cells across the scroll axis. Default 1. */
  @prop({ kind: "number", default: 1, check: checks.positiveInteger }) accessor runsCount:
    | number
    | undefined;
  /** The largest size of a cell across the scroll axis; overrides `runsCount`. */
  @prop({ kind: "number", check: checks.positive }) accessor maxExtent: number | undefined;
  /** Space between cells along the scroll axis. Default 10. */
  @prop({ kind: "number", default: 10, check: checks.nonNegative }) accessor spacing:
    | number
    | undefined;
  /** Space between cells across the scroll axis. Default 10. */
  @prop({ kind: "number", default: 10, check: checks.nonNegative }) accessor runSpacing:
    | number
    | undefined;
  /** Width / height of each cell. Default 1. */
  @prop({ kind: "number", default: 1, check: checks.positive }) accessor childAspectRatio:
    | number
    | undefined;
  /** Space around the cells. */
  @prop({ kind: "json", check: checks.padding }) accessor padding: PaddingValue | undefined;
}
