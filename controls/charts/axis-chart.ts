/**
 * What LineChart and BarChart share: axes, grid lines, border, range, tooltip colour.
 * @module
 */
import {
  type AnimationValue,
  ConstrainedControl,
  type Control,
  ControlEvent,
  child,
  prop,
} from "flet-ts/pack";
import { payloadOf } from "../events/payload.js";
import type { Border } from "../types/border.js";
import type { ColorValue } from "../types/colors.js";
import type { ChartAxis } from "./chart-axis.js";
import { requireNumber } from "./chart-axis.js";
import type { ChartGridLines } from "./chart-types.js";

/**
 * The base of every chart event: `type` names what the pointer or keyboard did, as
 * Flet's (fl_chart's event class without its `Fl`): `PointerHoverEvent`,
 * `PointerExitEvent`, `TapDownEvent`, `TapUpEvent`, `LongPressStart`, `LongPressEnd`.
 * The browser also sends `KeyboardFocusEvent` when the arrow keys move to an item.
 */
export class ChartEvent<TControl extends Control = Control> extends ControlEvent<TControl> {
  /** What happened: `PointerHoverEvent`, `PointerExitEvent`, `TapDownEvent`, `TapUpEvent`... */
  readonly type: string;
  /** The payload as sent (Flet's snake_case fields). @internal */
  protected readonly payload: Record<string, unknown>;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    this.payload = payloadOf(data);
    this.type = typeof this.payload.type === "string" ? this.payload.type : "";
  }

  /** A whole-number field of the payload (snake_case or camelCase), or -1. */
  protected index(snake: string, camel: string): number {
    const value = this.payload[snake] ?? this.payload[camel];
    return typeof value === "number" && Number.isInteger(value) ? value : -1;
  }
}

/**
 * The base of LineChart and BarChart: a plot area with optional axes on four sides,
 * grid lines, a border, a background, and tooltips on hover.
 */
export abstract class AxisChart extends ConstrainedControl {
  /**
   * How a change (new values, a new point) moves the drawing: `true`, milliseconds, or an
   * Animation. Default 150 ms linear, as Flet's; `false` draws changes at once.
   */
  @prop({ kind: "json" }) accessor animate: AnimationValue | undefined;
  /**
   * Whether hovering, tapping or the arrow keys show tooltips (and move the selection).
   * Default `true`. When `false`, the points/rods with `selected` show theirs.
   */
  @prop({ kind: "boolean", default: true }) accessor interactive: boolean | undefined;
  /** The plot area's background. Default none. */
  @prop({ kind: "string" }) accessor bgcolor: ColorValue | undefined;
  /** The tooltips' background. Default blue-grey (fl_chart's `rgb(96, 125, 139)`). */
  @prop({ kind: "string" }) accessor tooltipBgcolor: ColorValue | undefined;
  /** A border around the plot area. Default none. */
  @prop({ kind: "json" }) accessor border: Border | undefined;
  /** Horizontal grid lines (one per `interval` on the y axis). Default none. */
  @prop({ kind: "json" }) accessor horizontalGridLines: ChartGridLines | undefined;
  /** Vertical grid lines (one per `interval` on the x axis). Default none. */
  @prop({ kind: "json" }) accessor verticalGridLines: ChartGridLines | undefined;
  /** The axis on the left (values of y). */
  @child() accessor leftAxis: ChartAxis | undefined;
  /** The axis on top (values of x). */
  @child() accessor topAxis: ChartAxis | undefined;
  /** The axis on the right (values of y). */
  @child() accessor rightAxis: ChartAxis | undefined;
  /** The axis at the bottom (values of x). */
  @child() accessor bottomAxis: ChartAxis | undefined;
  /** The y value bars grow from and areas fill to. Default 0. */
  @prop({ kind: "number" }) accessor baselineY: number | undefined;
  /** The lowest y drawn. Default: the data's least (or 0 for bars). */
  @prop({ kind: "number" }) accessor minY: number | undefined;
  /** The highest y drawn. Default: the data's greatest. */
  @prop({ kind: "number" }) accessor maxY: number | undefined;

  override validate(): void {
    for (const name of ["baselineY", "minY", "maxY"] as const)
      requireNumber(this, name, this[name], false);
  }
}
