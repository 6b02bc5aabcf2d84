import {
  ConstrainedControl,
  type Control,
  type ControlOptions,
  child,
  control,
  ErrorCode,
  enumValues,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { BorderRadiusValue } from "./types/border-radius.js";
import type { Gradient } from "./types/gradient.js";
import { BlendMode } from "./types/image.js";

/**
 * Paints a gradient (the `shader`) over its content with a blend mode: `dstIn` keeps the
 * content where the gradient is opaque (fading an edge out), `srcIn` paints the gradient
 * where the content is (gradient text or icons), `modulate` (the default) multiplies them.
 * `borderRadius` rounds the corners off.
 *
 * In the browser the gradient is drawn on a canvas and combined with the content by an
 * SVG filter (`feComposite` for the Porter-Duff modes, `arithmetic` for `modulate` and
 * `plus`, `feBlend` for the others), in sRGB as Flutter does: every one of Flutter's blend
 * modes matches. The gradient covers the content's box; content outside it (a shadow, an
 * overflow) is cut off. The content stays usable (clickable, focusable, read out). A
 * gradient's `tileMode` `repeated` or `mirror` is drawn as `clamp` (the canvas has no
 * other), and theme colour names in it are resolved when it is drawn (on a change or a
 * resize).
 *
 * @example
 * ```ts
 * new ft.ShaderMask(new ft.Image({ src: "/photo.jpg", width: 100, height: 200 }), {
 *   blendMode: ft.BlendMode.DST_IN,
 *   shader: ft.linearGradient([ft.colors.BLACK, ft.colors.TRANSPARENT], {
 *     begin: ft.alignment.topCenter,
 *     end: ft.alignment.bottomCenter,
 *     stops: [0.5, 1],
 *   }),
 *   borderRadius: 10,
 * });
 * ```
 */
@control("shadermask")
export class ShaderMask extends ConstrainedControl {
  /**
   * @param content - The content, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    content?: Control | ControlOptions<ShaderMask>,
    options?: ControlOptions<ShaderMask>,
  ) {
    super(withPrimary("content", content, options));
  }

  /** The content the shader paints over. */
  @child() accessor content: Control | undefined;
  /** The gradient (`ft.linearGradient`, `ft.radialGradient`, `ft.sweepGradient`). Required. */
  @prop({ kind: "json" }) accessor shader: Gradient | undefined;
  /** How the gradient (source) combines with the content (destination). Default `modulate`. */
  @prop({ kind: "enum", values: enumValues(BlendMode) }) accessor blendMode: BlendMode | undefined;
  /** Rounds the corners of the result. */
  @prop({ kind: "json" }) accessor borderRadius: BorderRadiusValue | undefined;

  /** A ShaderMask needs a gradient (Flet draws an error box without one). */
  override validate(): void {
    const shader = this.shader as { type?: unknown; colors?: unknown } | undefined;
    const ok =
      shader !== undefined &&
      ["linear", "radial", "sweep"].includes(String(shader.type)) &&
      Array.isArray(shader.colors) &&
      shader.colors.length >= 2;
    if (!ok)
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        `Expected ShaderMask.shader to be a gradient with at least two colours, but got ${JSON.stringify(shader)}. Use ft.linearGradient, ft.radialGradient or ft.sweepGradient.`,
        { prop: "shader" },
      );
  }
}
