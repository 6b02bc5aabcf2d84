/**
 * A chart's axis and its labels.
 * @module
 */
import {
  Control,
  type ControlOptions,
  checks,
  child,
  children,
  control,
  ErrorCode,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";

/**
 * Throws `FLET_ERR_PROP_INVALID_VALUE` when `value` is set but not a finite number (or
 * unset while `required`), naming the control and the prop.
 * @internal
 */
export function requireNumber(
  control: Control,
  prop: string,
  value: unknown,
  required: boolean,
  hint = "",
): void {
  if (value === undefined && !required) return;
  if (typeof value === "number" && Number.isFinite(value)) return;
  const got = value === undefined ? "nothing" : String(value);
  throw new FletError(
    ErrorCode.PROP_INVALID_VALUE,
    `Expected ${control.constructor.name}.${prop} to be a finite number, but got ${got}.${hint ? ` ${hint}` : ""}`,
    { control: control.constructor.name, prop },
  );
}

/**
 * A label on a chart's axis at one value (Flet's `ft.ChartAxisLabel`): any control,
 * usually a Text, drawn beside the axis at `value`.
 *
 * @example
 * ```ts
 * new ft.ChartAxisLabel({ value: 2, label: new ft.Text("MAR") });
 * ```
 */
@control("chartaxislabel")
export class ChartAxisLabel extends Control {
  /**
   * @param options - The value and the label.
   */
  constructor(options?: ControlOptions<ChartAxisLabel>) {
    super(options);
  }
  /** Where on the axis the label goes, in the chart's units. */
  @prop({ kind: "number" }) accessor value: number | undefined;
  /** What is drawn there, usually a Text. */
  @child() accessor label: Control | undefined;

  override validate(): void {
    requireNumber(this, "value", this.value, true, "Give each axis label the value it marks.");
  }
}

/**
 * One axis of a LineChart or BarChart (Flet's `ft.ChartAxis`): a title beside the chart
 * and labels along it. Without `labels` the chart writes the values every
 * `labelsInterval` units itself.
 *
 * @example
 * ```ts
 * new ft.ChartAxis({
 *   title: new ft.Text("Revenue"),
 *   labelsSize: 40,
 *   labels: [new ft.ChartAxisLabel({ value: 0, label: new ft.Text("0") })],
 * });
 * ```
 */
@control("chartaxis")
export class ChartAxis extends Control {
  /**
   * @param labels - The labels (first positional argument), or the options.
   * @param options - Other properties.
   */
  constructor(
    labels?: ChartAxisLabel[] | ControlOptions<ChartAxis>,
    options?: ControlOptions<ChartAxis>,
  ) {
    super(withPrimary("labels", labels, options));
  }
  /** A title beside the axis, usually a Text. */
  @child() accessor title: Control | undefined;
  /** The room for the title, in logical pixels. Default 16. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor titleSize: number | undefined;
  /** Whether labels are drawn. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor showLabels: boolean | undefined;
  /** Labels at given values; without them the chart labels every `labelsInterval`. */
  @children() accessor labels!: ChartAxisLabel[];
  /** Units between two automatic labels. Default: about five labels along the axis. */
  @prop({ kind: "number", check: checks.positive }) accessor labelsInterval: number | undefined;
  /** The room for the labels, in logical pixels (their width or height). Default 22. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor labelsSize: number | undefined;
}
