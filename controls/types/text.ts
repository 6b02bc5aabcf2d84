/**
 * Text value types: alignment, weight, overflow, theme styles and {@link TextStyle}.
 * @module
 */
import type { BoxShadow } from "./box.js";
import type { ColorValue } from "./colors.js";

/** How lines of text are aligned horizontally. */
export const TextAlign = {
  LEFT: "left",
  RIGHT: "right",
  CENTER: "center",
  JUSTIFY: "justify",
  START: "start",
  END: "end",
} as const;
/** One of {@link TextAlign}. */
export type TextAlign = (typeof TextAlign)[keyof typeof TextAlign];

/** The thickness of a font's glyphs: `normal`, `bold`, or `w100` (thin) to `w900` (black). */
export const FontWeight = {
  NORMAL: "normal",
  BOLD: "bold",
  W_100: "w100",
  W_200: "w200",
  W_300: "w300",
  W_400: "w400",
  W_500: "w500",
  W_600: "w600",
  W_700: "w700",
  W_800: "w800",
  W_900: "w900",
} as const;
/** One of {@link FontWeight}. */
export type FontWeight = (typeof FontWeight)[keyof typeof FontWeight];

/** What happens to text that does not fit. */
export const TextOverflow = {
  CLIP: "clip",
  ELLIPSIS: "ellipsis",
  FADE: "fade",
  VISIBLE: "visible",
} as const;
/** One of {@link TextOverflow}. */
export type TextOverflow = (typeof TextOverflow)[keyof typeof TextOverflow];

/** The named text styles of the Material 3 type scale (they follow the page theme). */
export const TextThemeStyle = {
  DISPLAY_LARGE: "displayLarge",
  DISPLAY_MEDIUM: "displayMedium",
  DISPLAY_SMALL: "displaySmall",
  HEADLINE_LARGE: "headlineLarge",
  HEADLINE_MEDIUM: "headlineMedium",
  HEADLINE_SMALL: "headlineSmall",
  TITLE_LARGE: "titleLarge",
  TITLE_MEDIUM: "titleMedium",
  TITLE_SMALL: "titleSmall",
  LABEL_LARGE: "labelLarge",
  LABEL_MEDIUM: "labelMedium",
  LABEL_SMALL: "labelSmall",
  BODY_LARGE: "bodyLarge",
  BODY_MEDIUM: "bodyMedium",
  BODY_SMALL: "bodySmall",
} as const;
/** One of {@link TextThemeStyle}. */
export type TextThemeStyle = (typeof TextThemeStyle)[keyof typeof TextThemeStyle];

/**
 * Lines drawn through text, as bit flags that combine with `|`
 * (`TextDecoration.UNDERLINE | TextDecoration.OVERLINE`).
 */
export const TextDecoration = { NONE: 0, UNDERLINE: 1, OVERLINE: 2, LINE_THROUGH: 4 } as const;
/** A combination of {@link TextDecoration} flags. */
export type TextDecoration = number;

/** The stroke of a {@link TextDecoration} line. */
export const TextDecorationStyle = {
  SOLID: "solid",
  DOUBLE: "double",
  DOTTED: "dotted",
  DASHED: "dashed",
  WAVY: "wavy",
} as const;
/** One of {@link TextDecorationStyle}. */
export type TextDecorationStyle = (typeof TextDecorationStyle)[keyof typeof TextDecorationStyle];

/**
 * The look of a run of text. Every field is optional; unset fields inherit from the
 * control's theme style.
 *
 * @example
 * ```ts
 * new ft.TextField({ labelStyle: { size: 12, weight: ft.FontWeight.W_600, color: ft.colors.PRIMARY } });
 * ```
 */
export interface TextStyle {
  /** Font size in logical pixels. */
  size?: number;
  /** Line height as a multiple of the font size. */
  height?: number;
  weight?: FontWeight;
  italic?: boolean;
  decoration?: TextDecoration;
  decorationColor?: ColorValue;
  /** The decoration line's thickness, a multiple of the font's own (Roboto's: 0.05 em). */
  decorationThickness?: number;
  decorationStyle?: TextDecorationStyle;
  /** A family from `page.fonts`, or one the browser has. */
  fontFamily?: string;
  color?: ColorValue;
  bgcolor?: ColorValue;
  shadow?: BoxShadow | BoxShadow[];
  /** Extra space between letters, in logical pixels (may be negative). */
  letterSpacing?: number;
}
