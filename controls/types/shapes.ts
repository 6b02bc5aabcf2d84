/**
 * Outlined shapes: the outlines of buttons, cards, dialogs and indicators.
 * @module
 */
import type { BorderRadiusValue } from "./border-radius.js";

/** A pill: semicircles at both ends. */
export interface StadiumBorder {
  readonly type: "stadium";
}

/** A rectangle with rounded corners. */
export interface RoundedRectangleBorder {
  readonly type: "roundedRectangle";
  radius?: BorderRadiusValue;
}

/** A circle (or an ellipse in a non-square box). */
export interface CircleBorder {
  readonly type: "circle";
}

/** A rectangle with cut (bevelled) corners. */
export interface BeveledRectangleBorder {
  readonly type: "beveledRectangle";
  radius?: BorderRadiusValue;
}

/** A rectangle with smooth, continuous ("squircle") corners. */
export interface ContinuousRectangleBorder {
  readonly type: "continuousRectangle";
  radius?: BorderRadiusValue;
}

/** Any outlined shape. */
export type OutlinedBorder =
  | StadiumBorder
  | RoundedRectangleBorder
  | CircleBorder
  | BeveledRectangleBorder
  | ContinuousRectangleBorder;

/**
 * Builders of {@link OutlinedBorder}s, one per shape.
 *
 * @example
 * ```ts
 * new ft.Card({ shape: ft.shapes.roundedRectangle(16) });
 * new ft.FloatingActionButton({ icon: ft.icons.ADD, shape: ft.shapes.circle() });
 * ```
 */
export const shapes = {
  /** A {@link StadiumBorder}. */
  stadium: (): StadiumBorder => ({ type: "stadium" }),
  /** A {@link RoundedRectangleBorder}. */
  roundedRectangle: (radius?: BorderRadiusValue): RoundedRectangleBorder =>
    radius === undefined ? { type: "roundedRectangle" } : { type: "roundedRectangle", radius },
  /** A {@link CircleBorder}. */
  circle: (): CircleBorder => ({ type: "circle" }),
  /** A {@link BeveledRectangleBorder}. */
  beveledRectangle: (radius?: BorderRadiusValue): BeveledRectangleBorder =>
    radius === undefined ? { type: "beveledRectangle" } : { type: "beveledRectangle", radius },
  /** A {@link ContinuousRectangleBorder}. */
  continuousRectangle: (radius?: BorderRadiusValue): ContinuousRectangleBorder =>
    radius === undefined
      ? { type: "continuousRectangle" }
      : { type: "continuousRectangle", radius },
};
