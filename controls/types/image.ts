/**
 * Image value types: fitting, repeating and colour blending.
 * @module
 */

/** How an image is inscribed into the space of its control. */
export const ImageFit = {
  NONE: "none",
  CONTAIN: "contain",
  COVER: "cover",
  FILL: "fill",
  FIT_HEIGHT: "fitHeight",
  FIT_WIDTH: "fitWidth",
  SCALE_DOWN: "scaleDown",
} as const;
/** One of {@link ImageFit}. */
export type ImageFit = (typeof ImageFit)[keyof typeof ImageFit];

/** How an image smaller than its control repeats. */
export const ImageRepeat = {
  NO_REPEAT: "noRepeat",
  REPEAT: "repeat",
  REPEAT_X: "repeatX",
  REPEAT_Y: "repeatY",
} as const;
/** One of {@link ImageRepeat}. */
export type ImageRepeat = (typeof ImageRepeat)[keyof typeof ImageRepeat];

/** How a colour or image is composited onto what lies beneath it (Skia/Porter-Duff modes). */
export const BlendMode = {
  CLEAR: "clear",
  COLOR: "color",
  COLOR_BURN: "colorBurn",
  COLOR_DODGE: "colorDodge",
  DARKEN: "darken",
  DIFFERENCE: "difference",
  DST: "dst",
  DST_A_TOP: "dstATop",
  DST_IN: "dstIn",
  DST_OUT: "dstOut",
  DST_OVER: "dstOver",
  EXCLUSION: "exclusion",
  HARD_LIGHT: "hardLight",
  HUE: "hue",
  LIGHTEN: "lighten",
  LUMINOSITY: "luminosity",
  MODULATE: "modulate",
  MULTIPLY: "multiply",
  OVERLAY: "overlay",
  PLUS: "plus",
  SATURATION: "saturation",
  SCREEN: "screen",
  SOFT_LIGHT: "softLight",
  SRC: "src",
  SRC_A_TOP: "srcATop",
  SRC_IN: "srcIn",
  SRC_OUT: "srcOut",
  SRC_OVER: "srcOver",
  XOR: "xor",
} as const;
/** One of {@link BlendMode}. */
export type BlendMode = (typeof BlendMode)[keyof typeof BlendMode];
