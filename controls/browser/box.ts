/**
 * Flet box values (padding, margin, border, radius, alignment, gradient, shadow,
 * elevation) to CSS. Pure functions: each returns CSS text, or `""` for an unset value.
 * @module
 */
import { cssColor } from "flet-ts/browser";

type Sides = { left?: number; top?: number; right?: number; bottom?: number };
type Corners = { topLeft?: number; topRight?: number; bottomLeft?: number; bottomRight?: number };
type Point = { x: number; y: number };

const px = (value: number | undefined): string => `${value ?? 0}px`;
const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === "object" && value !== null;

/**
 * CSS `padding`/`margin` of a Flet padding value: a number for every side, or
 * `{ left, top, right, bottom }`.
 *
 * @example
 * ```ts
 * sidesCss(8); // "8px"
 * sidesCss({ left: 16, right: 16 }); // "0px 16px 0px 16px"
 * ```
 */
export function sidesCss(value: unknown): string {
  if (typeof value === "number") return px(value);
  if (!isObject(value)) return "";
  const sides = value as Sides;
  return `${px(sides.top)} ${px(sides.right)} ${px(sides.bottom)} ${px(sides.left)}`;
}

/**
 * CSS `border-radius` of a Flet radius: a number for every corner, or
 * `{ topLeft, topRight, bottomLeft, bottomRight }`.
 *
 * @example
 * ```ts
 * radiusCss({ topLeft: 12, topRight: 12 }); // "12px 12px 0px 0px"
 * ```
 */
export function radiusCss(value: unknown): string {
  if (typeof value === "number") return px(value);
  if (!isObject(value)) return "";
  const corners = value as Corners;
  return `${px(corners.topLeft)} ${px(corners.topRight)} ${px(corners.bottomRight)} ${px(corners.bottomLeft)}`;
}

/**
 * CSS border longhands of a Flet border (`{ left, top, right, bottom }` sides of
 * `{ width, color }`). A missing side is not drawn; a side without colour uses the
 * theme's outline colour, one without width is 1px.
 *
 * @example
 * ```ts
 * borderCss({ top: { width: 2, color: "red" } }).borderTop; // "2px solid #f44336"
 * ```
 */
export function borderCss(
  value: unknown,
): Record<"borderLeft" | "borderTop" | "borderRight" | "borderBottom", string> {
  const border = isObject(value) ? value : {};
  const side = (name: string): string => {
    const spec = border[name];
    if (!isObject(spec)) return "";
    const width = typeof spec.width === "number" ? spec.width : 1;
    return `${width}px solid ${cssColor(spec.color) ?? "var(--md-sys-color-outline)"}`;
  };
  return {
    borderLeft: side("left"),
    borderTop: side("top"),
    borderRight: side("right"),
    borderBottom: side("bottom"),
  };
}

function flexPosition(value: number): string {
  if (value <= -0.5) return "flex-start";
  if (value >= 0.5) return "flex-end";
  return "center";
}

/**
 * Flex `justify-content`/`align-items` that place one child at a Flet alignment
 * (`{ x, y }` from -1 to 1) inside a flex row.
 *
 * @example
 * ```ts
 * alignmentCss({ x: 1, y: 0 }); // { justifyContent: "flex-end", alignItems: "center" }
 * ```
 */
export function alignmentCss(value: unknown): { justifyContent: string; alignItems: string } {
  if (!isObject(value) || typeof value.x !== "number" || typeof value.y !== "number") {
    return { justifyContent: "", alignItems: "" };
  }
  return { justifyContent: flexPosition(value.x), alignItems: flexPosition(value.y) };
}

/** A Flet alignment as a CSS position (`"100% 50%"`). */
export function positionCss(value: unknown, fallback: Point = { x: 0, y: 0 }): string {
  const point = isObject(value) && typeof value.x === "number" ? (value as Point) : fallback;
  return `${round(((point.x + 1) / 2) * 100)}% ${round(((point.y + 1) / 2) * 100)}%`;
}

const round = (value: number): number => Math.round(value * 100) / 100;

function colorStops(colors: unknown[], stops: unknown, scale: (at: number) => string): string {
  const positions =
    Array.isArray(stops) && stops.length === colors.length ? (stops as number[]) : undefined;
  return colors
    .map((color, index) => {
      const css = cssColor(color) ?? "transparent";
      const at = positions
        ? positions[index]!
        : colors.length > 1
          ? index / (colors.length - 1)
          : 0;
      return `${css} ${scale(at)}`;
    })
    .join(", ");
}

/**
 * A CSS gradient of a Flet gradient (`linear`, `radial` or `sweep`).
 *
 * Linear: the angle from `begin` to `end`. Radial: a circle at `center`, its radius a
 * fraction of the shorter side. Sweep: a conic gradient (Flutter's 0 is three o'clock, CSS's
 * is twelve).
 *
 * @example
 * ```ts
 * gradientCss({ type: "linear", colors: ["blue", "purple"], begin: { x: -1, y: 0 }, end: { x: 1, y: 0 } });
 * // "linear-gradient(90deg, #2196f3 0%, #9c27b0 100%)"
 * ```
 */
export function gradientCss(value: unknown): string {
  if (!isObject(value) || !Array.isArray(value.colors)) return "";
  const percent = (at: number) => `${round(at * 100)}%`;
  switch (value.type) {
    case "linear": {
      const begin = (isObject(value.begin) ? value.begin : { x: -1, y: 0 }) as Point;
      const end = (isObject(value.end) ? value.end : { x: 1, y: 0 }) as Point;
      const angle = (Math.atan2(end.x - begin.x, begin.y - end.y) * 180) / Math.PI;
      const turn = typeof value.rotation === "number" ? (value.rotation * 180) / Math.PI : 0;
      return `linear-gradient(${round((angle + turn + 360) % 360)}deg, ${colorStops(value.colors, value.stops, percent)})`;
    }
    case "radial": {
      const radius = typeof value.radius === "number" ? value.radius : 0.5;
      const scaled = (at: number) => percent(at * radius * 2);
      return `radial-gradient(circle closest-side at ${positionCss(value.center)}, ${colorStops(value.colors, value.stops, scaled)})`;
    }
    case "sweep": {
      const start = typeof value.startAngle === "number" ? value.startAngle : 0;
      const end = typeof value.endAngle === "number" ? value.endAngle : Math.PI * 2;
      const degrees = (radians: number) => (radians * 180) / Math.PI;
      const at = (fraction: number) => `${round(degrees(fraction * (end - start)))}deg`;
      return `conic-gradient(from ${round(degrees(start) + 90)}deg at ${positionCss(value.center)}, ${colorStops(value.colors, value.stops, at)})`;
    }
    default:
      return "";
  }
}

/**
 * CSS `box-shadow` of one Flet box shadow or a list
 * (`{ offset: { x, y }, blurRadius, spreadRadius, color }`).
 *
 * @example
 * ```ts
 * shadowCss({ blurRadius: 12, color: "black26", offset: { x: 0, y: 4 } });
 * // "0px 4px 12px 0px rgb(0 0 0 / 26%)"
 * ```
 */
export function shadowCss(value: unknown): string {
  const list = Array.isArray(value) ? value : isObject(value) ? [value] : [];
  return list
    .filter(isObject)
    .map((shadow) => {
      const offset = isObject(shadow.offset) ? shadow.offset : { x: 0, y: 0 };
      const inset = shadow.blurStyle === "inner" ? "inset " : "";
      const color = cssColor(shadow.color) ?? "rgb(0 0 0 / 25%)";
      return `${inset}${px(offset.x)} ${px(offset.y)} ${px(shadow.blurRadius)} ${px(shadow.spreadRadius)} ${color}`;
    })
    .join(", ");
}

const ELEVATION = [
  "none",
  "0 1px 2px 0 rgb(0 0 0 / 30%), 0 1px 3px 1px rgb(0 0 0 / 15%)",
  "0 1px 2px 0 rgb(0 0 0 / 30%), 0 2px 6px 2px rgb(0 0 0 / 15%)",
  "0 1px 3px 0 rgb(0 0 0 / 30%), 0 4px 8px 3px rgb(0 0 0 / 15%)",
  "0 2px 3px 0 rgb(0 0 0 / 30%), 0 6px 10px 4px rgb(0 0 0 / 15%)",
  "0 4px 4px 0 rgb(0 0 0 / 30%), 0 8px 12px 6px rgb(0 0 0 / 15%)",
];

/**
 * The Material 3 shadow of an elevation in dp (0, 1, 3, 6, 8, 12 are the levels), in
 * black or in `shadowColor` (a Flet colour).
 *
 * @example
 * ```ts
 * elevationCss(3); // level 2: "0 1px 2px 0 rgb(0 0 0 / 30%), 0 2px 6px 2px rgb(0 0 0 / 15%)"
 * ```
 */
export function elevationCss(dp: number, shadowColor?: unknown): string {
  const level = dp <= 0 ? 0 : dp <= 1 ? 1 : dp <= 3 ? 2 : dp <= 6 ? 3 : dp <= 8 ? 4 : 5;
  const shadow = ELEVATION[level]!;
  const color = cssColor(shadowColor);
  if (!color) return shadow;
  return shadow.replace(
    /rgb\(0 0 0 \/ (\d+)%\)/g,
    (_, alpha: string) => `color-mix(in srgb, ${color} ${alpha}%, transparent)`,
  );
}

/** Material 3's surface tint opacity at each elevation (dp, percent), between which it is interpolated. */
const TINT: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 5],
  [3, 8],
  [6, 11],
  [8, 12],
  [12, 14],
];

/**
 * The CSS colour of Material 3's surface at `elevation` tinted with `tint` (Flutter's
 * `surfaceTintColor`), or `""` without a tint.
 *
 * @example
 * ```ts
 * tintedSurface("#6750a4", 3); // "color-mix(in srgb, #6750a4 8%, var(--md-sys-color-surface))"
 * ```
 */
export function tintedSurface(tint: unknown, elevation: number): string {
  const color = cssColor(tint);
  if (!color) return "";
  let percent = 14;
  for (let i = 1; i < TINT.length; i++) {
    const [dp, share] = TINT[i]!;
    const [lowDp, lowShare] = TINT[i - 1]!;
    if (elevation <= dp) {
      percent =
        lowShare + ((share - lowShare) * (Math.max(elevation, lowDp) - lowDp)) / (dp - lowDp);
      break;
    }
  }
  return `color-mix(in srgb, ${color} ${Math.round(percent * 10) / 10}%, var(--md-sys-color-surface))`;
}
