/**
 * Flutter's `BlendMode` in CSS: how a colour drawn over a picture (an Image's `color`, a
 * Container's `bgcolor` under its image) combines with it.
 * @module
 */

/** Where the colour layer is drawn, for one blend mode of an opaque colour over a picture. */
export interface ColorLayer {
  /**
   * `"inside"`: only where the picture is (masked by it); `"outside"`: only where it is
   * not; `"all"`: the whole box; `"under"`: the whole box, beneath the picture;
   * `"none"`: not drawn.
   */
  readonly area: "inside" | "outside" | "all" | "under" | "none";
  /** The CSS `mix-blend-mode` of the colour layer. */
  readonly blend: string;
  /** Whether the picture itself still shows. */
  readonly picture: boolean;
}

/**
 * The separable and non-separable modes CSS has under another name (`colorBurn` →
 * `color-burn`), for `mix-blend-mode`, `background-blend-mode` and SVG's `feBlend`.
 */
export const CSS_BLEND: Readonly<Record<string, string>> = {
  color: "color",
  colorBurn: "color-burn",
  colorDodge: "color-dodge",
  darken: "darken",
  difference: "difference",
  exclusion: "exclusion",
  hardLight: "hard-light",
  hue: "hue",
  lighten: "lighten",
  luminosity: "luminosity",
  // Skia's modulate multiplies the components, as multiply does for opaque pixels.
  modulate: "multiply",
  multiply: "multiply",
  overlay: "overlay",
  plus: "plus-lighter",
  saturation: "saturation",
  screen: "screen",
  softLight: "soft-light",
};

/** The Porter-Duff modes, for an opaque colour (the source) over the picture (the destination). */
const PORTER_DUFF: Readonly<Record<string, ColorLayer>> = {
  clear: { area: "none", blend: "normal", picture: false },
  src: { area: "all", blend: "normal", picture: false },
  srcOver: { area: "all", blend: "normal", picture: false },
  srcIn: { area: "inside", blend: "normal", picture: false },
  srcATop: { area: "inside", blend: "normal", picture: false },
  srcOut: { area: "outside", blend: "normal", picture: false },
  xor: { area: "outside", blend: "normal", picture: false },
  dst: { area: "none", blend: "normal", picture: true },
  dstIn: { area: "none", blend: "normal", picture: true },
  dstOut: { area: "none", blend: "normal", picture: false },
  dstOver: { area: "under", blend: "normal", picture: true },
  dstATop: { area: "under", blend: "normal", picture: true },
};

/**
 * How a colour is drawn over a picture with Flutter's blend `mode` (`fallback` when the
 * mode is unset or unknown).
 *
 * @example
 * ```ts
 * colorLayer("multiply"); // { area: "inside", blend: "multiply", picture: true }
 * colorLayer(undefined);  // srcIn: the colour in the picture's shape
 * ```
 */
export function colorLayer(mode: unknown, fallback = "srcIn"): ColorLayer {
  const name = typeof mode === "string" ? mode : fallback;
  const css = CSS_BLEND[name];
  if (css) return { area: "inside", blend: css, picture: true };
  return PORTER_DUFF[name] ?? PORTER_DUFF[fallback] ?? PORTER_DUFF.srcIn!;
}

/**
 * The CSS `background-blend-mode` of a Flutter blend mode, for a Container's colour under
 * its image; `""` for the Porter-Duff modes CSS cannot blend (they draw as `normal`).
 *
 * @example
 * ```ts
 * backgroundBlendCss("colorBurn"); // "color-burn"
 * ```
 */
export function backgroundBlendCss(mode: unknown): string {
  return typeof mode === "string" ? (CSS_BLEND[mode] ?? "") : "";
}
