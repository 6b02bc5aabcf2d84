/**
 * Implicit animations: how long a change takes and along which curve (Flet's
 * `ft.Animation` and `ft.AnimationCurve`).
 * @module
 */

/**
 * Flutter's curves, by Flet's names. The browser draws each with Flutter's own control
 * points (`cubic-bezier()`), or, for the bounce, elastic and emphasized curves, as a CSS
 * `linear()` function sampled from Flutter's formula. Unknown names move linearly.
 */
export const AnimationCurve = {
  BOUNCE_IN: "bounceIn",
  BOUNCE_IN_OUT: "bounceInOut",
  BOUNCE_OUT: "bounceOut",
  DECELERATE: "decelerate",
  EASE: "ease",
  EASE_IN: "easeIn",
  EASE_IN_BACK: "easeInBack",
  EASE_IN_CIRC: "easeInCirc",
  EASE_IN_CUBIC: "easeInCubic",
  EASE_IN_EXPO: "easeInExpo",
  EASE_IN_OUT: "easeInOut",
  EASE_IN_OUT_BACK: "easeInOutBack",
  EASE_IN_OUT_CIRC: "easeInOutCirc",
  EASE_IN_OUT_CUBIC: "easeInOutCubic",
  EASE_IN_OUT_CUBIC_EMPHASIZED: "easeInOutCubicEmphasized",
  EASE_IN_OUT_EXPO: "easeInOutExpo",
  EASE_IN_OUT_QUAD: "easeInOutQuad",
  EASE_IN_OUT_QUART: "easeInOutQuart",
  EASE_IN_OUT_QUINT: "easeInOutQuint",
  EASE_IN_OUT_SINE: "easeInOutSine",
  EASE_IN_QUAD: "easeInQuad",
  EASE_IN_QUART: "easeInQuart",
  EASE_IN_QUINT: "easeInQuint",
  EASE_IN_SINE: "easeInSine",
  EASE_IN_TO_LINEAR: "easeInToLinear",
  EASE_OUT: "easeOut",
  EASE_OUT_BACK: "easeOutBack",
  EASE_OUT_CIRC: "easeOutCirc",
  EASE_OUT_CUBIC: "easeOutCubic",
  EASE_OUT_EXPO: "easeOutExpo",
  EASE_OUT_QUAD: "easeOutQuad",
  EASE_OUT_QUART: "easeOutQuart",
  EASE_OUT_QUINT: "easeOutQuint",
  EASE_OUT_SINE: "easeOutSine",
  ELASTIC_IN: "elasticIn",
  ELASTIC_IN_OUT: "elasticInOut",
  ELASTIC_OUT: "elasticOut",
  FAST_LINEAR_TO_SLOW_EASE_IN: "fastLinearToSlowEaseIn",
  FAST_OUT_SLOWIN: "fastOutSlowIn",
  LINEAR: "linear",
  LINEAR_TO_EASE_OUT: "linearToEaseOut",
  SLOW_MIDDLE: "slowMiddle",
} as const;
/** One of {@link AnimationCurve}. */
export type AnimationCurve = (typeof AnimationCurve)[keyof typeof AnimationCurve];

/**
 * An implicit animation: `duration` in milliseconds along `curve` (default linear). Give
 * it to any `animate*` prop (`animateOpacity`, `animatePosition`, a Container's
 * `animate`...); `true` means 1000 ms linear, a number that many milliseconds, linear.
 * Under `prefers-reduced-motion` the browser jumps to the end (`onAnimationEnd` still
 * fires).
 *
 * @example
 * ```ts
 * new ft.Container({
 *   width: 100,
 *   animateSize: new ft.Animation(600, ft.AnimationCurve.BOUNCE_OUT),
 * });
 * ```
 */
export class Animation {
  /**
   * @param duration - Milliseconds. Default 1, as in Flet.
   * @param curve - The curve. Default linear.
   */
  constructor(
    readonly duration: number = 1,
    readonly curve?: AnimationCurve,
  ) {}
}
