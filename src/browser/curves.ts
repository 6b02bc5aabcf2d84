/**
 * Flutter's `Curves` as CSS timing functions, for Flet's `AnimationCurve` names: the cubic
 * ones as `cubic-bezier()` with Flutter's own control points, the others (bounce, elastic,
 * `easeInOutCubicEmphasized`) as `linear()` functions sampled from Flutter's formulas.
 *
 * A lazy chunk: `transitionOf` names a curve as `var(--flet-curve-<name>, linear)` and loads
 * this module the first time it meets one; {@link CURVES_CSS} then defines the variables,
 * so transitions set before it arrived take the right curve too.
 * @module
 */

/** Flutter's `Cubic` curves (`flutter/lib/src/animation/curves.dart`), as CSS. */
const CUBIC: Readonly<Record<string, string>> = {
  linear: "linear",
  // Flutter's ease/easeIn/easeOut/easeInOut are CSS's keywords, point for point.
  ease: "ease",
  easeIn: "ease-in",
  easeOut: "ease-out",
  easeInOut: "ease-in-out",
  // DecelerateCurve, 1 - (1 - t)²: a quadratic, exactly this cubic.
  decelerate: "cubic-bezier(0.3333, 0.6667, 0.6667, 1)",
  fastLinearToSlowEaseIn: "cubic-bezier(0.18, 1, 0.04, 1)",
  easeInToLinear: "cubic-bezier(0.67, 0.03, 0.65, 0.09)",
  easeInSine: "cubic-bezier(0.47, 0, 0.745, 0.715)",
  easeInQuad: "cubic-bezier(0.55, 0.085, 0.68, 0.53)",
  easeInCubic: "cubic-bezier(0.55, 0.055, 0.675, 0.19)",
  easeInQuart: "cubic-bezier(0.895, 0.03, 0.685, 0.22)",
  easeInQuint: "cubic-bezier(0.755, 0.05, 0.855, 0.06)",
  easeInExpo: "cubic-bezier(0.95, 0.05, 0.795, 0.035)",
  easeInCirc: "cubic-bezier(0.6, 0.04, 0.98, 0.335)",
  easeInBack: "cubic-bezier(0.6, -0.28, 0.735, 0.045)",
  linearToEaseOut: "cubic-bezier(0.35, 0.91, 0.33, 0.97)",
  easeOutSine: "cubic-bezier(0.39, 0.575, 0.565, 1)",
  easeOutQuad: "cubic-bezier(0.25, 0.46, 0.45, 0.94)",
  easeOutCubic: "cubic-bezier(0.215, 0.61, 0.355, 1)",
  easeOutQuart: "cubic-bezier(0.165, 0.84, 0.44, 1)",
  easeOutQuint: "cubic-bezier(0.23, 1, 0.32, 1)",
  easeOutExpo: "cubic-bezier(0.19, 1, 0.22, 1)",
  easeOutCirc: "cubic-bezier(0.075, 0.82, 0.165, 1)",
  easeOutBack: "cubic-bezier(0.175, 0.885, 0.32, 1.275)",
  easeInOutSine: "cubic-bezier(0.445, 0.05, 0.55, 0.95)",
  easeInOutQuad: "cubic-bezier(0.455, 0.03, 0.515, 0.955)",
  easeInOutCubic: "cubic-bezier(0.645, 0.045, 0.355, 1)",
  easeInOutQuart: "cubic-bezier(0.77, 0, 0.175, 1)",
  easeInOutQuint: "cubic-bezier(0.86, 0, 0.07, 1)",
  easeInOutExpo: "cubic-bezier(1, 0, 0, 1)",
  easeInOutCirc: "cubic-bezier(0.785, 0.135, 0.15, 0.86)",
  easeInOutBack: "cubic-bezier(0.68, -0.55, 0.265, 1.55)",
  fastOutSlowIn: "cubic-bezier(0.4, 0, 0.2, 1)",
  slowMiddle: "cubic-bezier(0.15, 0.85, 0.85, 0.15)",
};

function bounce(t: number): number {
  if (t < 1 / 2.75) return 7.5625 * t * t;
  if (t < 2 / 2.75) return 7.5625 * (t - 1.5 / 2.75) ** 2 + 0.75;
  if (t < 2.5 / 2.75) return 7.5625 * (t - 2.25 / 2.75) ** 2 + 0.9375;
  return 7.5625 * (t - 2.625 / 2.75) ** 2 + 0.984375;
}

// ElasticInCurve and friends with Flutter's default period, 0.4.
const PERIOD = 0.4;
const wave = (t: number) => Math.sin(((t - PERIOD / 4) * 2 * Math.PI) / PERIOD);

// easeInOutCubicEmphasized: Flutter's ThreePointCubic, two cubic Béziers joined at
// (0.166666, 0.4); each is inverted in x by bisection.
function bezierAt(p1: number[], p2: number[], from: number[], to: number[], x: number): number {
  const at = (s: number, a: number, b: number, c: number, d: number) =>
    (1 - s) ** 3 * a + 3 * (1 - s) ** 2 * s * b + 3 * (1 - s) * s * s * c + s ** 3 * d;
  let low = 0;
  let high = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    if (at(mid, from[0]!, p1[0]!, p2[0]!, to[0]!) < x) low = mid;
    else high = mid;
  }
  return at((low + high) / 2, from[1]!, p1[1]!, p2[1]!, to[1]!);
}

function emphasized(t: number): number {
  const midpoint = [0.166666, 0.4];
  if (t < midpoint[0]!) return bezierAt([0.05, 0], [0.133333, 0.06], [0, 0], midpoint, t);
  return bezierAt([0.208333, 0.82], [0.25, 1], midpoint, [1, 1], t);
}

/** The curves CSS has no cubic for: Flutter's formula of each. */
const SAMPLED: Readonly<Record<string, (t: number) => number>> = {
  bounceOut: bounce,
  bounceIn: (t) => 1 - bounce(1 - t),
  bounceInOut: (t) => (t < 0.5 ? (1 - bounce(1 - t * 2)) * 0.5 : bounce(t * 2 - 1) * 0.5 + 0.5),
  elasticIn: (t) => -(2 ** (10 * (t - 1))) * wave(t - 1),
  elasticOut: (t) => 2 ** (-10 * t) * wave(t) + 1,
  elasticInOut: (t) => {
    const u = 2 * t - 1;
    return u < 0 ? -0.5 * 2 ** (10 * u) * wave(u) : 2 ** (-10 * u) * wave(u) * 0.5 + 1;
  },
  easeInOutCubicEmphasized: emphasized,
};

/** Points per sampled curve: enough that bounce's corners stay sharp at 1 s. */
const SAMPLES = 64;
const sampled = new Map<string, string>();

/**
 * The CSS timing function of a Flet `AnimationCurve` name (`"bounceOut"`), `linear` for an
 * unknown or missing one, as Flet's client does.
 *
 * @example
 * ```ts
 * curveCss("easeOutBack"); // "cubic-bezier(0.175, 0.885, 0.32, 1.275)"
 * curveCss("bounceOut"); // "linear(0, 0.0018, ...)"
 * ```
 */
export function curveCss(curve: unknown): string {
  if (typeof curve !== "string") return "linear";
  const cubic = CUBIC[curve];
  if (cubic !== undefined) return cubic;
  const formula = SAMPLED[curve];
  if (formula === undefined) return "linear";
  let css = sampled.get(curve);
  if (css === undefined) {
    const points: string[] = [];
    for (let i = 0; i <= SAMPLES; i++) {
      const t = i / SAMPLES;
      const value = i === 0 ? 0 : i === SAMPLES ? 1 : formula(t);
      points.push(String(Math.round(value * 10000) / 10000));
    }
    css = `linear(${points.join(", ")})`;
    sampled.set(curve, css);
  }
  return css;
}

/** Every curve name {@link curveCss} knows (Flet's `AnimationCurve` values). */
export const CURVE_NAMES: readonly string[] = [...Object.keys(CUBIC), ...Object.keys(SAMPLED)];

/** The stylesheet of the `--flet-curve-<name>` variables, one per curve. */
export const CURVES_CSS = `:root{${CURVE_NAMES.map((name) => `--flet-curve-${name}:${curveCss(name)}`).join(";")}}`;
