/**
 * LineChart, its series (LineChartData) and their points (LineChartDataPoint).
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
import type { BoxShadow } from "../types/box.js";
import type { ColorValue } from "../types/colors.js";
import type { Gradient } from "../types/gradient.js";
import type { TextAlign, TextStyle } from "../types/text.js";
import { AxisChart, ChartEvent } from "./axis-chart.js";
import { requireNumber } from "./chart-axis.js";
import type { ChartPointLine, ChartPointShape } from "./chart-types.js";

/** One point a LineChart event is about: its series and its index in that series. */
export interface LineChartEventSpot {
  /** The series' index in `LineChart.dataSeries`. */
  readonly barIndex: number;
  /** The point's index in the series' `dataPoints`. */
  readonly spotIndex: number;
}

/**
 * `onChartEvent` of a {@link LineChart}: what happened (`type`) and the points under the
 * pointer (or the keyboard's point), one per series at most (Flet's `LineChartEvent`).
 *
 * @example
 * ```ts
 * new ft.LineChart({ onChartEvent: (e) => console.log(e.type, e.spots[0]?.spotIndex) });
 * ```
 */
export class LineChartEvent<TControl extends Control = Control> extends ChartEvent<TControl> {
  /** The points, one per series that has one near the pointer; empty when none. */
  readonly spots: readonly LineChartEventSpot[];

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const spots = Array.isArray(this.payload.spots) ? this.payload.spots : [];
    this.spots = spots.map((spot: Record<string, unknown>) => ({
      barIndex: Number(spot.bar_index ?? spot.barIndex ?? -1),
      spotIndex: Number(spot.spot_index ?? spot.spotIndex ?? -1),
    }));
  }
}

/**
 * One point of a {@link LineChartData} (Flet's `ft.LineChartDataPoint`): `x` and `y` in
 * the chart's units, its tooltip, and how it is drawn. Adding one to a series and
 * calling `update()` sends only the new point.
 *
 * @example
 * ```ts
 * new ft.LineChartDataPoint(1, 3, { tooltip: "March: 3" });
 * ```
 */
@control("linechartdatapoint")
export class LineChartDataPoint extends Control {
  /**
   * @param x - The x value (Flet's first positional argument), or the options.
   * @param y - The y value.
   * @param options - Other properties.
   */
  constructor(
    x?: number | ControlOptions<LineChartDataPoint>,
    y?: number,
    options?: ControlOptions<LineChartDataPoint>,
  ) {
    super(typeof x === "number" || x === undefined ? { ...options, x, y } : x);
  }
  /** The x value. Required. */
  @prop({ kind: "number" }) accessor x: number | undefined;
  /** The y value. Required. */
  @prop({ kind: "number" }) accessor y: number | undefined;
  /** Shows this point's tooltip while the chart is not `interactive`. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor selected: boolean | undefined;
  /** Whether hovering this point shows its tooltip. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor showTooltip: boolean | undefined;
  /** The tooltip text's style. Default: the series' colour, bold, 14. */
  @prop({ kind: "json" }) accessor tooltipStyle: TextStyle | undefined;
  /** How the tooltip's lines align. Default centre. */
  @prop({ kind: "string" }) accessor tooltipAlign: TextAlign | undefined;
  /** This point's shape (`true` for a circle), over the series' `point`. */
  @prop({ kind: "json" }) accessor point: boolean | ChartPointShape | undefined;
  /** This point's shape while it is hovered or selected, over the series' `selectedPoint`. */
  @prop({ kind: "json" }) accessor selectedPoint: boolean | ChartPointShape | undefined;
  /** Whether the series' `aboveLine` is drawn at this point. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor showAboveLine: boolean | undefined;
  /** Whether the series' `belowLine` is drawn at this point. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor showBelowLine: boolean | undefined;
  /** The line under this point while it is hovered or selected (`false` for none). */
  @prop({ kind: "json" }) accessor selectedBelowLine: boolean | ChartPointLine | undefined;

  override validate(): void {
    const hint = "Every LineChartDataPoint needs finite x and y values.";
    requireNumber(this, "x", this.x, true, hint);
    requireNumber(this, "y", this.y, true, hint);
  }
}

/**
 * One line of a {@link LineChart} (Flet's `ft.LineChartData`): its points, colour or
 * gradient, width, curve, dashes, shadow, and the areas above and below it.
 *
 * @example
 * ```ts
 * new ft.LineChartData([new ft.LineChartDataPoint(0, 1), new ft.LineChartDataPoint(1, 3)], {
 *   color: ft.colors.GREEN,
 *   curved: true,
 *   belowLineBgcolor: ft.colors.withOpacity(0.2, ft.colors.GREEN),
 * });
 * ```
 */
@control("linechartdata")
export class LineChartData extends Control {
  /**
   * @param dataPoints - The points (Flet's first positional argument), or the options.
   * @param options - Other properties.
   */
  constructor(
    dataPoints?: LineChartDataPoint[] | ControlOptions<LineChartData>,
    options?: ControlOptions<LineChartData>,
  ) {
    super(withPrimary("dataPoints", dataPoints, options));
  }
  /** The points, joined in order. */
  @children() accessor dataPoints!: LineChartDataPoint[];
  /** Draws a smooth curve through the points instead of straight segments. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor curved: boolean | undefined;
  /** The line's colour. Default cyan (fl_chart's). */
  @prop({ kind: "string" }) accessor color: ColorValue | undefined;
  /** A gradient along the line, over `color`. */
  @prop({ kind: "json" }) accessor gradient: Gradient | undefined;
  /** The line's width. Default 2. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor strokeWidth: number | undefined;
  /** Rounds the line's ends. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor strokeCapRound: boolean | undefined;
  /** Keeps a curve from swinging past its points' y values. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor preventCurveOverShooting: boolean | undefined;
  /** The y difference under which a curve is kept flat. Default 10. */
  @prop({ kind: "number", check: checks.nonNegative })
  accessor preventCurveOverShootingThreshold: number | undefined;
  /** Dash and gap lengths; none for a solid line. */
  @prop({ kind: "number[]" }) accessor dashPattern: number[] | undefined;
  /** A shadow under the line. */
  @prop({ kind: "json" }) accessor shadow: BoxShadow | undefined;
  /** Fills the area above the line with this colour. */
  @prop({ kind: "string" }) accessor aboveLineBgcolor: ColorValue | undefined;
  /** Fills the area above the line with this gradient. */
  @prop({ kind: "json" }) accessor aboveLineGradient: Gradient | undefined;
  /** Fills above the line only down to this y. */
  @prop({ kind: "number" }) accessor aboveLineCutoffY: number | undefined;
  /** A line from each point up to the top. */
  @prop({ kind: "json" }) accessor aboveLine: ChartPointLine | undefined;
  /** Fills the area below the line with this colour. */
  @prop({ kind: "string" }) accessor belowLineBgcolor: ColorValue | undefined;
  /** Fills the area below the line with this gradient. */
  @prop({ kind: "json" }) accessor belowLineGradient: Gradient | undefined;
  /** Fills below the line only down to this y. */
  @prop({ kind: "number" }) accessor belowLineCutoffY: number | undefined;
  /** A line from each point down to the bottom. */
  @prop({ kind: "json" }) accessor belowLine: ChartPointLine | undefined;
  /** The line under a hovered or selected point (`false` for none). Default: the series' colour. */
  @prop({ kind: "json" }) accessor selectedBelowLine: boolean | ChartPointLine | undefined;
  /** Every point's shape (`true` for circles). Default none. */
  @prop({ kind: "json" }) accessor point: boolean | ChartPointShape | undefined;
  /** The shape of a hovered or selected point. Default a circle of radius 8. */
  @prop({ kind: "json" }) accessor selectedPoint: boolean | ChartPointShape | undefined;
}

/**
 * A line chart (Flet's `ft.LineChart`): one line per {@link LineChartData}, axes,
 * grid lines, and a tooltip with each line's value where the pointer (or the arrow keys)
 * is. `onChartEvent` reports hovers and taps with the points under the pointer.
 *
 * In the browser it is an image with a name (`tooltip`, else a summary) that takes focus:
 * Left/Right move from point to point, Up/Down from line to line, and the tooltip says
 * the values aloud (a polite live region).
 *
 * @example
 * ```ts
 * new ft.LineChart({
 *   height: 200,
 *   dataSeries: [new ft.LineChartData([new ft.LineChartDataPoint(0, 1), new ft.LineChartDataPoint(1, 3)])],
 *   leftAxis: new ft.ChartAxis({ labelsSize: 40 }),
 *   onChartEvent: (e) => console.log(e.type, e.spots),
 * });
 * ```
 */
@control("linechart")
export class LineChart extends AxisChart {
  /**
   * @param dataSeries - The lines (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    dataSeries?: LineChartData[] | ControlOptions<LineChart>,
    options?: ControlOptions<LineChart>,
  ) {
    super(withPrimary("dataSeries", dataSeries, options));
  }
  /** The lines. */
  @children() accessor dataSeries!: LineChartData[];
  /** Where the line under a hovered point starts, in y units. Default the bottom. */
  @prop({ kind: "number" }) accessor pointLineStart: number | undefined;
  /** Where the line under a hovered point ends, in y units. Default the point. */
  @prop({ kind: "number" }) accessor pointLineEnd: number | undefined;
  /** The x value vertical grid lines count from. Default 0. */
  @prop({ kind: "number" }) accessor baselineX: number | undefined;
  /** The lowest x drawn. Default: the data's least. */
  @prop({ kind: "number" }) accessor minX: number | undefined;
  /** The highest x drawn. Default: the data's greatest. */
  @prop({ kind: "number" }) accessor maxX: number | undefined;
  /** The pointer or keyboard moved over, tapped, or left points. */
  @event({ type: LineChartEvent }) accessor onChartEvent:
    | EventHandler<LineChartEvent<this>>
    | undefined;

  override validate(): void {
    super.validate();
    for (const name of ["pointLineStart", "pointLineEnd", "baselineX", "minX", "maxX"] as const)
      requireNumber(this, name, this[name], false);
  }
}
