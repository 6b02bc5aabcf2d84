import {
  ConstrainedControl,
  type Control,
  type ControlOptions,
  checks,
  child,
  control,
  enumValues,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { BorderRadiusValue } from "./types/border-radius.js";
import type { ColorValue } from "./types/colors.js";
import { BlendMode, ImageFit, ImageRepeat } from "./types/image.js";

/**
 * Shows an image from a URL, an asset path, or base64 data.
 *
 * `src` may be absolute (`https://...`) or relative to the app's assets directory
 * (`/images/logo.png`). When both are set, `srcBase64` wins. While the image fails to
 * load, `errorContent` is shown instead.
 *
 * @example
 * ```ts
 * new ft.Image("/images/logo.png", { width: 120, fit: ft.ImageFit.CONTAIN, semanticsLabel: "Acme logo" });
 * ```
 */
@control("image")
export class Image extends ConstrainedControl {
  /**
   * @param src - The image's URL or asset path, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(src?: string | ControlOptions<Image>, options?: ControlOptions<Image>) {
    super(withPrimary("src", src, options));
  }

  /** URL or asset path of the image (also an SVG). */
  @prop({ kind: "string" }) accessor src: string | undefined;
  /** The image's bytes, base64-encoded. */
  @prop({ kind: "string" }) accessor srcBase64: string | undefined;
  /** Shown when the image cannot be loaded. */
  @child() accessor errorContent: Control | undefined;
  /** How an image smaller than the control repeats. */
  @prop({ kind: "enum", values: enumValues(ImageRepeat) }) accessor repeat: ImageRepeat | undefined;
  /** How the image fits the control's box. */
  @prop({ kind: "enum", values: enumValues(ImageFit) }) accessor fit: ImageFit | undefined;
  /** Rounds the image's corners. */
  @prop({ kind: "json" }) accessor borderRadius: BorderRadiusValue | undefined;
  /** A colour blended with every pixel (tints icons and SVGs), as `colorBlendMode` says. */
  @prop({ kind: "string", check: checks.color }) accessor color: ColorValue | undefined;
  /** How `color` is blended with the image. Default `srcIn`: the image's shape in `color`. */
  @prop({ kind: "enum", values: enumValues(BlendMode) }) accessor colorBlendMode:
    | BlendMode
    | undefined;
  /**
   * Keeps showing the old image while a new `src` loads; otherwise nothing shows until
   * it has. Unset: `true` for `srcBase64`, `false` for `src` (as Flutter).
   */
  @prop({ kind: "boolean", default: false }) accessor gaplessPlayback: boolean | undefined;
  /** What screen readers say for the image (its alt text). */
  @prop({ kind: "string", label: true }) accessor semanticsLabel: string | undefined;
}
