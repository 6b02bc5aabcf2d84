/**
 * Corner radii.
 * @module
 */

/** The radius of each corner, in logical pixels. */
export interface BorderRadius {
  topLeft: number;
  topRight: number;
  bottomLeft: number;
  bottomRight: number;
}

/** Corner radii: one number for all four corners, or per corner. */
export type BorderRadiusValue = number | BorderRadius;

/**
 * Helpers that build {@link BorderRadius} values, named as in Flet's `border_radius`
 * module.
 *
 * @example
 * ```ts
 * new ft.Container({ borderRadius: ft.borderRadius.all(12) });
 * new ft.Container({ borderRadius: ft.borderRadius.vertical({ top: 16 }) });
 * ```
 */
export const borderRadius = {
  /** The same radius on every corner. */
  all: (radius: number): BorderRadius => ({
    topLeft: radius,
    topRight: radius,
    bottomLeft: radius,
    bottomRight: radius,
  }),
  /** `left` on both left corners, `right` on both right corners. */
  horizontal: ({ left = 0, right = 0 }: { left?: number; right?: number }): BorderRadius => ({
    topLeft: left,
    topRight: right,
    bottomLeft: left,
    bottomRight: right,
  }),
  /** `top` on both top corners, `bottom` on both bottom corners. */
  vertical: ({ top = 0, bottom = 0 }: { top?: number; bottom?: number }): BorderRadius => ({
    topLeft: top,
    topRight: top,
    bottomLeft: bottom,
    bottomRight: bottom,
  }),
  /** Radii per corner; unset corners are square (0). */
  only: (corners: Partial<BorderRadius>): BorderRadius => ({
    topLeft: 0,
    topRight: 0,
    bottomLeft: 0,
    bottomRight: 0,
    ...corners,
  }),
};
