/**
 * How a canvas shape is painted: Flet's `ft.Paint` and its gradients, caps, joins and
 * styles (Flutter's `Paint`).
 * @module
 */
import type { BlurValue, TileMode } from "../types/box.js";
import type { ColorValue } from "../types/colors.js";
import type { BlendMode } from "../types/image.js";

/** The ends of a stroked line (Flutter's `StrokeCap`). Default `butt`. */
export const StrokeCap = {
  BUTT: "butt",
  ROUND: "round",
  SQUARE: "square",
} as const;
/** One of {@link StrokeCap}. */
export type StrokeCap = (typeof StrokeCap)[keyof typeof StrokeCap];

/** Where two stroked segments meet (Flutter's `StrokeJoin`). Default `miter`. */
export const StrokeJoin = {
  MITER: "miter",
  ROUND: "round",
  BEVEL: "bevel",
} as const;
/** One of {@link StrokeJoin}. */
export type StrokeJoin = (typeof StrokeJoin)[keyof typeof StrokeJoin];

/** Whether a shape is filled or outlined (Flutter's `PaintingStyle`). Default `fill`. */
export const PaintingStyle = {
  FILL: "fill",
  STROKE: "stroke",
} as const;
/** One of {@link PaintingStyle}. */
export type PaintingStyle = (typeof PaintingStyle)[keyof typeof PaintingStyle];

/** A point on the canvas: `[x, y]` or `{ x, y }`, in logical pixels. */
export type CanvasOffset = readonly [number, number] | { readonly x: number; readonly y: number };

/** What every paint gradient has. */
interface PaintGradientBase {
  /** The colours, at least two. */
  colors: ColorValue[];
  /** Where each colour sits, from 0 to 1; default evenly spread. */
  colorStops?: number[];
  /** Beyond the gradient's ends: `clamp` (default) extends the end colours. */
  tileMode?: TileMode;
}

/**
 * A linear gradient between two points in canvas coordinates (Flet's
 * `PaintLinearGradient`).
 *
 * @example
 * ```ts
 * const paint: ft.Paint = {
 *   gradient: { type: "linear", begin: [0, 0], end: [100, 0], colors: ["red", "blue"] },
 * };
 * ```
 */
export interface PaintLinearGradient extends PaintGradientBase {
  type: "linear";
  begin: CanvasOffset;
  end: CanvasOffset;
}

/** A radial gradient around a point in canvas coordinates (Flet's `PaintRadialGradient`). */
export interface PaintRadialGradient extends PaintGradientBase {
  type: "radial";
  center: CanvasOffset;
  radius: number;
  /** Where the gradient's first colour sits; default `center`. */
  focal?: CanvasOffset;
  /** Radius of the focal circle. Default 0. */
  focalRadius?: number;
}

/** A sweep (conic) gradient around a point (Flet's `PaintSweepGradient`). */
export interface PaintSweepGradient extends PaintGradientBase {
  type: "sweep";
  center: CanvasOffset;
  /** Angle of the first colour, in radians from the positive x axis. Default 0. */
  startAngle?: number;
  /** Angle of the last colour. Default 2π. */
  endAngle?: number;
  /** Turns the whole gradient, in radians. Default 0. */
  rotation?: number;
}

/** One of the paint gradients. */
export type PaintGradient = PaintLinearGradient | PaintRadialGradient | PaintSweepGradient;

/**
 * How a shape is drawn (Flet's `ft.Paint`, Flutter's `Paint`). Every field is optional;
 * Flutter's defaults apply: opaque black, `fill`, stroke width 0 (a one-pixel hairline),
 * `butt` caps, `miter` joins with limit 4, anti-aliased, `srcOver`.
 *
 * @example
 * ```ts
 * const outline: ft.Paint = {
 *   color: ft.colors.BLUE,
 *   style: ft.PaintingStyle.STROKE,
 *   strokeWidth: 4,
 *   strokeCap: ft.StrokeCap.ROUND,
 *   strokeDashPattern: [10, 5],
 * };
 * ```
 */
export interface Paint {
  /** The colour. Default opaque black. A gradient, when set, paints instead. */
  color?: ColorValue;
  /** How the shape is composited onto what is already drawn. Default `srcOver`. */
  blendMode?: BlendMode;
  /** Blurs the shape as it is drawn: a sigma, `[sigmaX, sigmaY]` or a blur. */
  blurImage?: BlurValue;
  /**
   * Smooth edges. Default `true`. The browser's canvas always anti-aliases paths; `false`
   * turns off image smoothing only (a documented near no-op).
   */
  antiAlias?: boolean;
  /** A gradient in canvas coordinates; replaces `color`. */
  gradient?: PaintGradient;
  /** The ends of open strokes. Default `butt`. */
  strokeCap?: StrokeCap;
  /** Where stroke segments meet. Default `miter`. */
  strokeJoin?: StrokeJoin;
  /** How far a miter join may reach, in stroke widths. Default 4. */
  strokeMiterLimit?: number;
  /** The stroke width. Default 0: a one-pixel hairline. */
  strokeWidth?: number;
  /** Dashes: lengths of dash, gap, dash, gap... (lines and paths only, as in Flet). */
  strokeDashPattern?: number[];
  /** Fill the shape or stroke its outline. Default `fill` (a Line is always stroked). */
  style?: PaintingStyle;
}
