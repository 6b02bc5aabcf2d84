import {
  ConstrainedControl,
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

/** Breakpoint names of a responsive value: widths from 0, 576, 768, 992, 1200 and 1400 px. */
export type Breakpoint = "xs" | "sm" | "md" | "lg" | "xl" | "xxl";

/** A number, or a number per {@link Breakpoint} (`{ xs: 12, md: 6 }`). */
export type ResponsiveNumber = number | Partial<Record<Breakpoint, number>>;

/**
 * A row laid out on a grid of columns (12 by default), like Bootstrap's.
 *
 * Each child spans `col` columns (a number, or per breakpoint), and children that do not
 * fit wrap onto the next line. `columns`, `spacing` and `runSpacing` may also vary per
 * breakpoint.
 *
 * @example
 * ```ts
 * new ft.ResponsiveRow([
 *   new ft.TextField({ label: "First name", col: { xs: 12, md: 6 } }),
 *   new ft.TextField({ label: "Last name", col: { xs: 12, md: 6 } }),
 * ]);
 * ```
 */
@control("responsiverow")
export class ResponsiveRow extends ConstrainedControl {
  /**
   * @param controls - The children, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    controls?: Control[] | ControlOptions<ResponsiveRow>,
    options?: ControlOptions<ResponsiveRow>,
  ) {
    super(withPrimary("controls", controls, options));
  }

  /** The children; each spans its `col` columns. */
  @children() accessor controls!: Control[];
  /** The number of grid columns. Default 12. */
  @prop({ kind: "json", default: 12, check: checks.responsivePositiveInteger }) accessor columns:
    | ResponsiveNumber
    | undefined;
  /** Placement of the children along a line. Default `start`. */
  @prop({ kind: "enum", values: enumValues(MainAxisAlignment) }) accessor alignment:
    | MainAxisAlignment
    | undefined;
  /** Placement of the children across a line. Default `start`. */
  @prop({ kind: "enum", values: enumValues(CrossAxisAlignment) })
  accessor verticalAlignment: CrossAxisAlignment | undefined;
  /** Space between children in a line. Default 10. */
  @prop({ kind: "json", default: 10, check: checks.responsiveNonNegative }) accessor spacing:
    | ResponsiveNumber
    | undefined;
  /** Space between lines. Default 10. */
  @prop({ kind: "json", default: 10, check: checks.responsiveNonNegative }) accessor runSpacing:
    | ResponsiveNumber
    | undefined;
}
