/**
 * Box value types: shape, clipping, shadows and blur.
 * @module
 */
import type { ColorValue } from "./colors.js";

/** The shape of a Container's box. */
export const BoxShape = { RECTANGLE: "rectangle", CIRCLE: "circle" } as const;
/** One of {@link BoxShape}. */
export type BoxShape = (typeof BoxShape)[keyof typeof BoxShape];

/** How content that overflows a control's bounds is clipped. `none` is the cheapest. */
export const ClipBehavior = {
  NONE: "none",
  ANTI_ALIAS: "antiAlias",
  ANTI_ALIAS_WITH_SAVE_LAYER: "antiAliasWithSaveLayer",
  HARD_EDGE: "hardEdge",
} as const;
/** One of {@link ClipBehavior}. */
export type ClipBehavior = (typeof ClipBehavior)[keyof typeof ClipBehavior];

/**
 * The notch a BottomAppBar cuts around a docked floating action button: a circle, or the
 * button's own outline (`auto`).
 */
export const NotchShape = { AUTO: "auto", CIRCULAR: "circular" } as const;
/** One of {@link NotchShape}. */
export type NotchShape = (typeof NotchShape)[keyof typeof NotchShape];

/** How a shadow's blur is drawn relative to the box. */
export const ShadowBlurStyle = {
  NORMAL: "normal",
  SOLID: "solid",
  OUTER: "outer",
  INNER: "inner",
} as const;
/** One of {@link ShadowBlurStyle}. */
export type ShadowBlurStyle = (typeof ShadowBlurStyle)[keyof typeof ShadowBlurStyle];

/** How a blur or gradient fills the area beyond its edges. */
export const TileMode = {
  CLAMP: "clamp",
  DECAL: "decal",
  MIRROR: "mirror",
  REPEATED: "repeated",
} as const;
/** One of {@link TileMode}. */
export type TileMode = (typeof TileMode)[keyof typeof TileMode];

/** A point or distance in logical pixels. */
export interface Offset {
  x: number;
  y: number;
}

/**
 * A shadow cast by a box. Containers and text styles take one or a list.
 *
 * @example
 * ```ts
 * new ft.Container({ shadow: { blurRadius: 12, spreadRadius: 1, color: ft.colors.BLACK26, offset: { x: 0, y: 4 } } });
 * ```
 */
export interface BoxShadow {
  /** How far the shadow grows beyond the box before blurring. */
  spreadRadius?: number;
  /** The blur's standard deviation, in logical pixels. */
  blurRadius?: number;
  color?: ColorValue;
  /** Where the shadow sits relative to the box. */
  offset?: Offset;
  /** Default `normal`. */
  blurStyle?: ShadowBlurStyle;
}

/**
 * A Gaussian blur of what lies behind a control (frosted glass).
 *
 * @example
 * ```ts
 * new ft.Container({ blur: { sigmaX: 10, sigmaY: 10 } });
 * ```
 */
export interface Blur {
  sigmaX: number;
  sigmaY: number;
  /** Default `clamp`. */
  tileMode?: TileMode;
}

/** A blur: one sigma for both axes, `[sigmaX, sigmaY]`, or a {@link Blur}. */
export type BlurValue = number | [number, number] | Blur;
