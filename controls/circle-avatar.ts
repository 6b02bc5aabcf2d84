import {
  ConstrainedControl,
  type Control,
  type ControlOptions,
  checks,
  child,
  control,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";

/**
 * A circle that stands for a person: their initials (`content`, usually a Text), a
 * picture, or both.
 *
 * `foregroundImageUrl` is drawn over the content; when it fails to load, the content (and
 * `backgroundImageUrl`, drawn under it) shows instead, so initials make a fallback for a
 * photo. The size is `radius` (default 20: 40 px across); without it, `minRadius` and
 * `maxRadius` bound the size (it takes `maxRadius` when set, else `minRadius`).
 *
 * @example
 * ```ts
 * new ft.CircleAvatar(new ft.Text("AB"), {
 *   foregroundImageUrl: "/avatars/ab.png",
 *   bgcolor: ft.colors.AMBER,
 *   color: ft.colors.WHITE,
 * });
 * ```
 */
@control("circleavatar")
export class CircleAvatar extends ConstrainedControl {
  /**
   * @param content - The content, usually initials as a Text (Flet's first positional argument), or the options.
   * @param options - Other properties.
   */
  constructor(
    content?: Control | ControlOptions<CircleAvatar>,
    options?: ControlOptions<CircleAvatar>,
  ) {
    super(withPrimary("content", content, options));
  }

  /** What the circle shows, usually initials as a Text. */
  @child() accessor content: Control | undefined;
  /** A picture drawn over the content; the content shows when it fails to load. */
  @prop({ kind: "string" }) accessor foregroundImageUrl: string | undefined;
  /** A picture drawn under the content. */
  @prop({ kind: "string" }) accessor backgroundImageUrl: string | undefined;
  /** Colour of the content's text. Default the theme's on-primary-container. */
  @prop({ kind: "string", check: checks.color }) accessor color: ColorValue | undefined;
  /** Fill colour. Default the theme's primary container. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** The circle's radius. Default 20. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor radius: number | undefined;
  /** The smallest radius, when `radius` is unset. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor minRadius: number | undefined;
  /** The largest radius, when `radius` is unset. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor maxRadius: number | undefined;
}
