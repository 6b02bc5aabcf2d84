/**
 * PieChart and its sections.
 * @module
 */
import {
  type AnimationValue,
  ConstrainedControl,
  Control,
  type ControlOptions,
  checks,
  child,
  children,
  control,
  ErrorCode,
  type EventHandler,
  event,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { BorderSide } from "../types/border.js";
import type { ColorValue } from "../types/colors.js";
import type { TextStyle } from "../types/text.js";
import { ChartEvent } from "./axis-chart.js";
import { requireNumber } from "./chart-axis.js";

/**
 * `onChartEvent` of a {@link PieChart} (Flet's `PieChartEvent`): what happened and the
 * section under the pointer (or the keyboard's), or -1.
 *
 * @example
 * ```ts
 * new ft.PieChart({ onChartEvent: (e) => console.log(e.type, e.sectionIndex) });
 * ```
 */
export class PieChartEvent<TControl extends Control = Control> extends ChartEvent<TControl> {
  /** The section's index in `sections`, or -1. */
  readonly sectionIndex: number;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    this.sectionIndex = this.index("section_index", "sectionIndex");
  }
}

/**
 * One slice of a {@link PieChart} (Flet's `ft.PieChartSection`): its `value` (its share
 * of the sum), colour, radius, outline, a title on it, and a badge control.
 *
 * @example
 * ```ts
 * new ft.PieChartSection(40, { title: "40%", color: ft.colors.BLUE, radius: 50 });
 * ```
 */
@control("piechartsection")
export class PieChartSection extends Control {
  /**
   * @param value - The value (Flet's first positional argument), or the options.
   * @param options - Other properties.
   */
  constructor(
    value?: number | ControlOptions<PieChartSection>,
    options?: ControlOptions<PieChartSection>,
  ) {
    super(withPrimary("value", value, options));
  }
  /** The section's value; its angle is its share of all sections' values. Default 10. */
  @prop({ kind: "number" }) accessor value: number | undefined;
  /** The section's thickness, from the centre space outwards. Default 40 (fl_chart's). */
  @prop({ kind: "number", check: checks.nonNegative }) accessor radius: number | undefined;
  /** Its colour. Default cyan (fl_chart's). */
  @prop({ kind: "string" }) accessor color: ColorValue | undefined;
  /** Its outline. */
  @prop({ kind: "json" }) accessor borderSide: BorderSide | undefined;
  /** A text drawn on the section. Default none. */
  @prop({ kind: "string" }) accessor title: string | undefined;
  /** The title's style. Default white, 16. */
  @prop({ kind: "json" }) accessor titleStyle: TextStyle | undefined;
  /** Where the title sits across the section, 0 (inner edge) to 1 (outer). Default 0.5. */
  @prop({ kind: "number" }) accessor titlePosition: number | undefined;
  /** A control drawn on the section (an icon in a circle...). */
  @child() accessor badge: Control | undefined;
  /** Where the badge sits across the section, 0 to 1. Default 0.5. */
  @prop({ kind: "number" }) accessor badgePosition: number | undefined;

  override validate(): void {
    const value = this.value;
    if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value) || value < 0))
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        `Expected PieChartSection.value to be a finite number ≥ 0, but got ${String(value)}. A section's value is its share of the pie.`,
        { control: "PieChartSection", prop: "value" },
      );
    requireNumber(this, "titlePosition", this.titlePosition, false);
    requireNumber(this, "badgePosition", this.badgePosition, false);
  }
}

/**
 * A pie or doughnut chart (Flet's `ft.PieChart`): sections around a centre space,
 * `sectionsSpace` apart, starting at `startDegreeOffset`. `onChartEvent` reports the
 * section hovered or tapped; a tap or hover is usually answered by growing its radius.
 *
 * In the browser the chart takes focus: the arrow keys move from section to section and
 * a tooltip says the section's title and value aloud.
 *
 * @example
 * ```ts
 * new ft.PieChart({
 *   sections: [new ft.PieChartSection(40, { color: ft.colors.BLUE }), new ft.PieChartSection(60)],
 *   centerSpaceRadius: 40,
 *   onChartEvent: (e) => console.log(e.sectionIndex),
 * });
 * ```
 */
@control("piechart")
export class PieChart extends ConstrainedControl {
  /**
   * @param sections - The sections (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    sections?: PieChartSection[] | ControlOptions<PieChart>,
    options?: ControlOptions<PieChart>,
  ) {
    super(withPrimary("sections", sections, options));
  }
  /** The sections, clockwise. */
  @children() accessor sections!: PieChartSection[];
  /** The centre space's colour. Default none. */
  @prop({ kind: "string" }) accessor centerSpaceColor: ColorValue | undefined;
  /** The centre space's radius. Default: as large as the chart allows (fl_chart's). */
  @prop({ kind: "number", check: checks.nonNegative }) accessor centerSpaceRadius:
    | number
    | undefined;
  /** The gap between two sections. Default 2 (fl_chart's). */
  @prop({ kind: "number", check: checks.nonNegative }) accessor sectionsSpace: number | undefined;
  /** Where the first section starts, in degrees clockwise from 3 o'clock. Default 0. */
  @prop({ kind: "number" }) accessor startDegreeOffset: number | undefined;
  /** How changes (values, radii) move the drawing. Default 150 ms linear. */
  @prop({ kind: "json" }) accessor animate: AnimationValue | undefined;
  /** The pointer or keyboard moved over, tapped, or left sections. */
  @event({ type: PieChartEvent }) accessor onChartEvent:
    | EventHandler<PieChartEvent<this>>
    | undefined;

  override validate(): void {
    requireNumber(this, "startDegreeOffset", this.startDegreeOffset, false);
  }
}
