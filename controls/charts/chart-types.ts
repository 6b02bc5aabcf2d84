/**
 * The value types Flet's charts take: grid lines, point lines and point shapes.
 * @module
 */
import type { ColorValue } from "../types/colors.js";

/**
 * The grid lines of a chart, one direction (Flet's `ft.ChartGridLines`): every
 * `interval` units, in `color`, dashed by `dashPattern` (lengths of dash, gap, dash...).
 * A chart draws no grid lines in a direction where it has none.
 *
 * @example
 * ```ts
 * new ft.ChartGridLines({ interval: 1, color: ft.colors.withOpacity(0.2, ft.colors.ON_SURFACE), width: 1 });
 * ```
 */
export class ChartGridLines {
  /** Units between two lines. Default: about five lines across the chart. */
  readonly interval?: number;
  /** The lines' colour. Default blue-grey (fl_chart's). */
  readonly color?: ColorValue;
  /** The lines' width in logical pixels. Default 0.4 (fl_chart's). */
  readonly width?: number;
  /** Dash and gap lengths. Default `[8, 4]` (fl_chart's); `[]` draws solid lines. */
  readonly dashPattern?: number[];

  /** @param options - The interval, colour, width and dash pattern. */
  constructor(options: Omit<ChartGridLines, never> = {}) {
    Object.assign(this, options);
  }
}

/**
 * A line from a point of a line chart to the chart's edge (Flet's `ft.ChartPointLine`):
 * LineChartData's `aboveLine`/`belowLine` and the line drawn under a selected point.
 *
 * @example
 * ```ts
 * new ft.ChartPointLine({ color: ft.colors.RED, width: 2, dashPattern: [4, 4] });
 * ```
 */
export class ChartPointLine {
  /** The line's colour. Default: the series' colour. */
  readonly color?: ColorValue;
  /** The line's width. Default 2. */
  readonly width?: number;
  /** Dash and gap lengths; none for a solid line. */
  readonly dashPattern?: number[];

  /** @param options - The colour, width and dash pattern. */
  constructor(options: Omit<ChartPointLine, never> = {}) {
    Object.assign(this, options);
  }
}

/**
 * A dot on a line chart's point (Flet's `ft.ChartCirclePoint`).
 *
 * @example
 * ```ts
 * new ft.ChartCirclePoint({ radius: 5, color: ft.colors.AMBER, strokeWidth: 2 });
 * ```
 */
export class ChartCirclePoint {
  /** The shape's wire name. */
  readonly type = "circle" as const;
  /** The fill. Default: the series' colour. */
  readonly color?: ColorValue;
  /** The radius. Default 4. */
  readonly radius?: number;
  /** The outline's colour. Default: the series' colour, darker. */
  readonly strokeColor?: ColorValue;
  /** The outline's width. Default 1. */
  readonly strokeWidth?: number;

  /** @param options - The colours, radius and outline. */
  constructor(options: Omit<ChartCirclePoint, "type"> = {}) {
    Object.assign(this, options);
  }
}

/**
 * A square on a line chart's point (Flet's `ft.ChartSquarePoint`).
 *
 * @example
 * ```ts
 * new ft.ChartSquarePoint({ size: 8, color: ft.colors.RED });
 * ```
 */
export class ChartSquarePoint {
  /** The shape's wire name. */
  readonly type = "square" as const;
  /** The fill. Default: the series' colour. */
  readonly color?: ColorValue;
  /** The side's length. Default 4. */
  readonly size?: number;
  /** The outline's colour. Default: the series' colour, darker. */
  readonly strokeColor?: ColorValue;
  /** The outline's width. Default 1. */
  readonly strokeWidth?: number;

  /** @param options - The colours, size and outline. */
  constructor(options: Omit<ChartSquarePoint, "type"> = {}) {
    Object.assign(this, options);
  }
}

/**
 * A cross on a line chart's point (Flet's `ft.ChartCrossPoint`).
 *
 * @example
 * ```ts
 * new ft.ChartCrossPoint({ size: 8, width: 2, color: ft.colors.PINK });
 * ```
 */
export class ChartCrossPoint {
  /** The shape's wire name. */
  readonly type = "cross" as const;
  /** The colour. Default: the series' colour. */
  readonly color?: ColorValue;
  /** The cross's size. Default 8. */
  readonly size?: number;
  /** The strokes' width. Default 2. */
  readonly width?: number;

  /** @param options - The colour, size and stroke width. */
  constructor(options: Omit<ChartCrossPoint, "type"> = {}) {
    Object.assign(this, options);
  }
}

/** A point's shape (Flet's `ft.ChartPointShape`). */
export type ChartPointShape = ChartCirclePoint | ChartSquarePoint | ChartCrossPoint;
