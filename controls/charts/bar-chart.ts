/**
 * BarChart, its groups, their rods and the rods' stack items.
 * @module
 */
import {
  Control,
  type ControlOptions,
  checks,
  children,
  control,
  type EventHandler,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { BorderSide } from "../types/border.js";
import type { BorderRadiusValue } from "../types/border-radius.js";
import type { ColorValue } from "../types/colors.js";
import type { Gradient } from "../types/gradient.js";
import type { TextAlign, TextStyle } from "../types/text.js";
import { AxisChart, ChartEvent } from "./axis-chart.js";
import { requireNumber } from "./chart-axis.js";

/**
 * `onChartEvent` of a {@link BarChart} (Flet's `BarChartEvent`): what happened and the
 * group, rod and stack item under the pointer (or the keyboard's); -1 where none.
 *
 * @example
 * ```ts
 * new ft.BarChart({ onChartEvent: (e) => console.log(e.type, e.groupIndex, e.rodIndex) });
 * ```
 */
export class BarChartEvent<TControl extends Control = Control> extends ChartEvent<TControl> {
  /** The group's index in `barGroups`, or -1. */
  readonly groupIndex: number;
  /** The rod's index in its group's `barRods`, or -1. */
  readonly rodIndex: number;
  /** The stack item's index in its rod's `rodStackItems`, or -1. */
  readonly stackItemIndex: number;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    this.groupIndex = this.index("group_index", "groupIndex");
    this.rodIndex = this.index("rod_index", "rodIndex");
    this.stackItemIndex = this.index("stack_item_index", "stackItemIndex");
  }
}

/**
 * A part of a {@link BarChartRod} from `fromY` to `toY` in its own colour (Flet's
 * `ft.BarChartRodStackItem`): stacked bars.
 *
 * @example
 * ```ts
 * new ft.BarChartRodStackItem({ fromY: 0, toY: 2, color: ft.colors.RED });
 * ```
 */
@control("barchartrodstackitem")
export class BarChartRodStackItem extends Control {
  /** @param options - The range, colour and outline. */
  constructor(options?: ControlOptions<BarChartRodStackItem>) {
    super(options);
  }
  /** Where the item starts. Required. */
  @prop({ kind: "number" }) accessor fromY: number | undefined;
  /** Where the item ends. Default 0. */
  @prop({ kind: "number" }) accessor toY: number | undefined;
  /** Its colour. */
  @prop({ kind: "string" }) accessor color: ColorValue | undefined;
  /** Its outline. */
  @prop({ kind: "json" }) accessor borderSide: BorderSide | undefined;

  override validate(): void {
    requireNumber(this, "fromY", this.fromY, true, "A stack item needs where it starts.");
    requireNumber(this, "toY", this.toY, false);
  }
}

/**
 * One bar of a {@link BarChartGroup} (Flet's `ft.BarChartRod`): from `fromY` to `toY`,
 * its colour or gradient, width, corners, outline, a background bar, and its tooltip.
 *
 * @example
 * ```ts
 * new ft.BarChartRod({ fromY: 0, toY: 40, width: 40, color: ft.colors.AMBER, tooltip: "Apple" });
 * ```
 */
@control("barchartrod")
export class BarChartRod extends Control {
  /**
   * @param rodStackItems - The stack items (first positional argument), or the options.
   * @param options - Other properties.
   */
  constructor(
    rodStackItems?: BarChartRodStackItem[] | ControlOptions<BarChartRod>,
    options?: ControlOptions<BarChartRod>,
  ) {
    super(withPrimary("rodStackItems", rodStackItems, options));
  }
  /** Parts of the bar in their own colours. */
  @children() accessor rodStackItems!: BarChartRodStackItem[];
  /** Where the bar starts. Default the chart's `baselineY` (0). */
  @prop({ kind: "number" }) accessor fromY: number | undefined;
  /** Where the bar ends. Default 0. */
  @prop({ kind: "number" }) accessor toY: number | undefined;
  /** The bar's width. Default 8 (fl_chart's). */
  @prop({ kind: "number", check: checks.nonNegative }) accessor width: number | undefined;
  /** The bar's colour. Default cyan (fl_chart's). */
  @prop({ kind: "string" }) accessor color: ColorValue | undefined;
  /** A gradient over the bar, over `color`. */
  @prop({ kind: "json" }) accessor gradient: Gradient | undefined;
  /** The bar's corners. Default: half its width at the ends (fl_chart's round tops). */
  @prop({ kind: "json" }) accessor borderRadius: BorderRadiusValue | undefined;
  /** The bar's outline. */
  @prop({ kind: "json" }) accessor borderSide: BorderSide | undefined;
  /** Where a background bar behind this one starts. */
  @prop({ kind: "number" }) accessor bgFromY: number | undefined;
  /** Where the background bar ends (it is drawn when set). */
  @prop({ kind: "number" }) accessor bgToY: number | undefined;
  /** The background bar's colour. */
  @prop({ kind: "string" }) accessor bgColor: ColorValue | undefined;
  /** The background bar's gradient. */
  @prop({ kind: "json" }) accessor bgGradient: Gradient | undefined;
  /** Shows this rod's tooltip while the chart is not `interactive`. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor selected: boolean | undefined;
  /** Whether hovering this rod shows its tooltip. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor showTooltip: boolean | undefined;
  /** The tooltip text's style. Default: the rod's colour, bold, 14. */
  @prop({ kind: "json" }) accessor tooltipStyle: TextStyle | undefined;
  /** How the tooltip's lines align. Default centre. */
  @prop({ kind: "string" }) accessor tooltipAlign: TextAlign | undefined;

  override validate(): void {
    for (const name of ["fromY", "toY", "bgFromY", "bgToY"] as const)
      requireNumber(this, name, this[name], false);
  }
}

/**
 * The bars at one x of a {@link BarChart} (Flet's `ft.BarChartGroup`): side by side,
 * `barsSpace` apart, or on top of each other with `groupVertically`.
 *
 * @example
 * ```ts
 * new ft.BarChartGroup({ x: 0, barRods: [new ft.BarChartRod({ toY: 40 })] });
 * ```
 */
@control("barchartgroup")
export class BarChartGroup extends Control {
  /**
   * @param barRods - The rods (first positional argument), or the options.
   * @param options - Other properties.
   */
  constructor(
    barRods?: BarChartRod[] | ControlOptions<BarChartGroup>,
    options?: ControlOptions<BarChartGroup>,
  ) {
    super(withPrimary("barRods", barRods, options));
  }
  /** The group's x (a whole number); the bottom axis's labels use it. Default 0. */
  @prop({ kind: "number", check: checks.nonNegativeInteger }) accessor x: number | undefined;
  /** The bars. */
  @children() accessor barRods!: BarChartRod[];
  /** Draws the bars over each other instead of side by side. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor groupVertically: boolean | undefined;
  /** The room between two bars. Default 2. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor barsSpace: number | undefined;
}

/**
 * A bar chart (Flet's `ft.BarChart`): groups of bars along x, axes, grid lines, and a
 * tooltip with the value of the bar under the pointer. `onChartEvent` reports the group,
 * rod and stack item hovered or tapped.
 *
 * In the browser the chart takes focus: Left/Right move from bar to bar and the tooltip
 * says the value aloud.
 *
 * @example
 * ```ts
 * new ft.BarChart({
 *   barGroups: [new ft.BarChartGroup({ x: 0, barRods: [new ft.BarChartRod({ toY: 40 })] })],
 *   onChartEvent: (e) => console.log(e.groupIndex, e.rodIndex),
 * });
 * ```
 */
@control("barchart")
export class BarChart extends AxisChart {
  /**
   * @param barGroups - The groups (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    barGroups?: BarChartGroup[] | ControlOptions<BarChart>,
    options?: ControlOptions<BarChart>,
  ) {
    super(withPrimary("barGroups", barGroups, options));
  }
  /** The groups, from left to right. */
  @children() accessor barGroups!: BarChartGroup[];
  /** The room between two groups. Default 16 (fl_chart's). */
  @prop({ kind: "number", check: checks.nonNegative }) accessor groupsSpace: number | undefined;
  /** The pointer or keyboard moved over, tapped, or left bars. */
  @event({ type: BarChartEvent }) accessor onChartEvent:
    | EventHandler<BarChartEvent<this>>
    | undefined;
}
