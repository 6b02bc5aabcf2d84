/**
 * Gradients for Container backgrounds.
 * @module
 */
import { type Alignment, alignment } from "./alignment.js";
import type { TileMode } from "./box.js";
import type { ColorValue } from "./colors.js";

/** What every gradient has. */
interface GradientBase {
  /** The colours, at least two. */
  colors: ColorValue[];
  /** Where each colour sits, from 0.0 to 1.0; evenly spread when omitted. */
  stops?: number[];
  /** How the area beyond the gradient is filled. Default `clamp`. */
  tileMode?: TileMode;
  /** Rotation of the gradient in radians. */
  rotation?: number;
}

/** A gradient along a line from `begin` to `end`. */
export interface LinearGradient extends GradientBase {
  readonly type: "linear";
  /** Default `alignment.centerLeft`. */
  begin: Alignment;
  /** Default `alignment.centerRight`. */
  end: Alignment;
}

/** A gradient in circles around `center`. */
export interface RadialGradient extends GradientBase {
  readonly type: "radial";
  /** Default `alignment.center`. */
  center: Alignment;
  /** The radius as a fraction of the box's shorter side. Default 0.5. */
  radius: number;
  /** The focal point; default the centre. */
  focal?: Alignment;
  /** The focal point's radius. Default 0. */
  focalRadius?: number;
}

/** A gradient sweeping around `center` from `startAngle` to `endAngle` (radians). */
export interface SweepGradient extends GradientBase {
  readonly type: "sweep";
  /** Default `alignment.center`. */
  center: Alignment;
  /** Default 0. */
  startAngle: number;
  /** Default 2π. */
  endAngle: number;
}

/** Any gradient. */
export type Gradient = LinearGradient | RadialGradient | SweepGradient;

/** The optional settings of a gradient builder: everything but its type and colours. */
export type GradientOptions<TGradient extends Gradient> = Omit<
  Partial<TGradient>,
  "type" | "colors"
>;

/**
 * Builds a {@link LinearGradient}, left to right unless `begin`/`end` say otherwise.
 *
 * @example
 * ```ts
 * new ft.Container({ gradient: ft.linearGradient([ft.colors.BLUE, ft.colors.PURPLE], { begin: ft.alignment.topCenter, end: ft.alignment.bottomCenter }) });
 * ```
 */
export function linearGradient(
  colors: ColorValue[],
  options: GradientOptions<LinearGradient> = {},
): LinearGradient {
  return {
    type: "linear",
    colors,
    begin: alignment.centerLeft,
    end: alignment.centerRight,
    ...options,
  };
}

/**
 * Builds a {@link RadialGradient}, centred with radius 0.5 unless told otherwise.
 *
 * @example
 * ```ts
 * ft.radialGradient([ft.colors.YELLOW, ft.colors.ORANGE], { radius: 0.8 });
 * ```
 */
export function radialGradient(
  colors: ColorValue[],
  options: GradientOptions<RadialGradient> = {},
): RadialGradient {
  return { type: "radial", colors, center: alignment.center, radius: 0.5, ...options };
}

/**
 * Builds a {@link SweepGradient}, a full turn around the centre unless told otherwise.
 *
 * @example
 * ```ts
 * ft.sweepGradient([ft.colors.RED, ft.colors.GREEN, ft.colors.RED], { center: new ft.Alignment(0, 0) });
 * ```
 */
export function sweepGradient(
  colors: ColorValue[],
  options: GradientOptions<SweepGradient> = {},
): SweepGradient {
  return {
    type: "sweep",
    colors,
    center: alignment.center,
    startAngle: 0,
    endAngle: Math.PI * 2,
    ...options,
  };
}
