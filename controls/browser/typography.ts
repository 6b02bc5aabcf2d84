/**
 * Material 3 type scale and Flet text styles to CSS.
 * @module
 */

import { cssColor } from "flet-ts/browser";
import { shadowCss } from "./box.js";

// name → [size px, line height px, weight, letter spacing px]
const SCALE: Record<string, [number, number, number, number]> = {
  displayLarge: [57, 64, 400, -0.25],
  displayMedium: [45, 52, 400, 0],
  displaySmall: [36, 44, 400, 0],
  headlineLarge: [32, 40, 400, 0],
  headlineMedium: [28, 36, 400, 0],
  headlineSmall: [24, 32, 400, 0],
  titleLarge: [22, 28, 400, 0],
  titleMedium: [16, 24, 500, 0.15],
  titleSmall: [14, 20, 500, 0.1],
  labelLarge: [14, 20, 500, 0.1],
  labelMedium: [12, 16, 500, 0.5],
  labelSmall: [11, 16, 500, 0.5],
  bodyLarge: [16, 24, 400, 0.5],
  bodyMedium: [14, 20, 400, 0.25],
  bodySmall: [12, 16, 400, 0.4],
};

/** The CSS font weight of a Flet weight (`"bold"`, `"w500"`). */
export function fontWeight(value: unknown): string {
  if (value === "bold") return "700";
  if (value === "normal") return "400";
  if (typeof value === "string" && /^w\d00$/.test(value)) return value.slice(1);
  return "";
}

/** Text style CSS properties, as `style` property names. */
export type TextCss = Partial<
  Record<
    | "fontSize"
    | "lineHeight"
    | "fontWeight"
    | "letterSpacing"
    | "fontStyle"
    | "fontFamily"
    | "color"
    | "backgroundColor"
    | "textDecoration"
    | "textShadow",
    string
  >
>;

/**
 * CSS of a Material 3 type-scale name (`"titleLarge"`), or `{}` for an unknown name.
 *
 * @example
 * ```ts
 * themeStyleCss("titleLarge"); // { fontSize: "22px", lineHeight: "28px", fontWeight: "400", letterSpacing: "0px" }
 * ```
 */
export function themeStyleCss(name: unknown): TextCss {
  const entry = typeof name === "string" ? SCALE[name] : undefined;
  if (!entry) return {};
  const [size, line, weight, spacing] = entry;
  return {
    fontSize: `${size}px`,
    lineHeight: `${line}px`,
    fontWeight: String(weight),
    letterSpacing: `${spacing}px`,
  };
}

/**
 * CSS of a Flet `TextStyle` object (size, height, weight, italic, colour, decoration,
 * letter spacing, shadow).
 *
 * @example
 * ```ts
 * textStyleCss({ size: 20, weight: "bold", decoration: 1 }); // { fontSize: "20px", fontWeight: "700", textDecoration: "underline" }
 * ```
 */
export function textStyleCss(style: unknown): TextCss {
  if (typeof style === "string") return themeStyleCss(style);
  if (typeof style !== "object" || style === null) return {};
  const s = style as Record<string, any>;
  const css: TextCss = {};
  if (typeof s.size === "number") css.fontSize = `${s.size}px`;
  if (typeof s.height === "number") css.lineHeight = String(s.height);
  if (s.weight) css.fontWeight = fontWeight(s.weight);
  if (s.italic === true) css.fontStyle = "italic";
  if (typeof s.fontFamily === "string") css.fontFamily = s.fontFamily;
  if (typeof s.letterSpacing === "number") css.letterSpacing = `${s.letterSpacing}px`;
  const color = cssColor(s.color);
  if (color) css.color = color;
  const bgcolor = cssColor(s.bgcolor);
  if (bgcolor) css.backgroundColor = bgcolor;
  if (typeof s.decoration === "number" && s.decoration > 0) {
    const lines = [
      [1, "underline"],
      [2, "overline"],
      [4, "line-through"],
    ] as const;
    const parts = lines.filter(([bit]) => (s.decoration & bit) !== 0).map(([, name]) => name);
    const color = cssColor(s.decorationColor);
    // Flutter's thickness multiplies the font's own stroke (Roboto's: 0.05 em).
    const thickness =
      typeof s.decorationThickness === "number" ? `${s.decorationThickness * 0.05}em` : "";
    css.textDecoration = [parts.join(" "), s.decorationStyle ?? "", color ?? "", thickness]
      .join(" ")
      .trim();
  }
  if (s.shadow) css.textShadow = shadowCss(s.shadow).replace(/ -?\d+(\.\d+)?px (?=[^,]*$)/, " ");
  return css;
}
