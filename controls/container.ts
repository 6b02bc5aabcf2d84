import {
  type AnimationValue,
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  child,
  control,
  type EventHandler,
  enumValues,
  event,
  type MarginValue,
  type PaddingValue,
  prop,
  type Theme,
  ThemeMode,
  withPrimary,
} from "flet-ts/pack";
import { HoverEvent } from "./events/hover-event.js";
import { TapEvent } from "./events/tap-event.js";
import type { Alignment } from "./types/alignment.js";
import type { Border } from "./types/border.js";
import type { BorderRadiusValue } from "./types/border-radius.js";
import { type BlurValue, type BoxShadow, BoxShape, ClipBehavior } from "./types/box.js";
import type { ColorValue } from "./types/colors.js";
import type { Gradient } from "./types/gradient.js";
import { BlendMode, ImageFit, ImageRepeat } from "./types/image.js";
import type { UrlTarget } from "./types/link.js";

/**
 * A box around one child: background, border, rounded corners, padding, margin,
 * alignment, shadow, gradient, blur and a background image. It can also be clicked.
 *
 * Without `width`/`height` a container sizes to its content, or fills its parent when it
 * has no content. `ink: true` shows a ripple on click. `theme` gives the subtree its own
 * theme (with `themeMode`).
 *
 * @example
 * ```ts
 * new ft.Container(new ft.Text("Card-like"), {
 *   padding: 16,
 *   bgcolor: ft.colors.SURFACE_VARIANT,
 *   borderRadius: ft.borderRadius.all(12),
 *   onClick: (e) => console.log(e.localX, e.localY),
 * });
 * ```
 */
@control("container")
export class Container extends ConstrainedControl {
  /**
   * @param content - The child control, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(content?: Control | ControlOptions<Container>, options?: ControlOptions<Container>) {
    super(withPrimary("content", content, options));
  }

  /** The child. */
  @child() accessor content: Control | undefined;
  /** Space between the border and the content. */
  @prop({ kind: "json", check: checks.padding }) accessor padding: PaddingValue | undefined;
  /** Space around the border. */
  @prop({ kind: "json", check: checks.padding }) accessor margin: MarginValue | undefined;
  /** Where the content sits inside the box (`ft.alignment.center`). */
  @prop({ kind: "json" }) accessor alignment: Alignment | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Background gradient (drawn over `bgcolor`). */
  @prop({ kind: "json" }) accessor gradient: Gradient | undefined;
  /** How `bgcolor` and `gradient` blend with what lies behind the container. */
  @prop({ kind: "enum", values: enumValues(BlendMode) }) accessor blendMode: BlendMode | undefined;
  /** The border. */
  @prop({ kind: "json" }) accessor border: Border | undefined;
  /** Corner radii. */
  @prop({ kind: "json" }) accessor borderRadius: BorderRadiusValue | undefined;
  /** URL or asset path of a background image. */
  @prop({ kind: "string" }) accessor imageSrc: string | undefined;
  /** A background image's bytes, base64-encoded. */
  @prop({ kind: "string" }) accessor imageSrcBase64: string | undefined;
  /** How the background image repeats. */
  @prop({ kind: "enum", values: enumValues(ImageRepeat) }) accessor imageRepeat:
    | ImageRepeat
    | undefined;
  /** How the background image fits. */
  @prop({ kind: "enum", values: enumValues(ImageFit) }) accessor imageFit: ImageFit | undefined;
  /** Opacity of the background image. Default 1.0. */
  @prop({ kind: "number", default: 1 }) accessor imageOpacity: number | undefined;
  /** Rectangle (default) or circle. */
  @prop({ kind: "enum", values: enumValues(BoxShape) }) accessor shape: BoxShape | undefined;
  /** How content outside the box (or its rounded corners) is clipped. */
  @prop({ kind: "enum", values: enumValues(ClipBehavior) }) accessor clipBehavior:
    | ClipBehavior
    | undefined;
  /** Shows a ripple when clicked. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor ink: boolean | undefined;
  /** Colour of the ripple. */
  @prop({ kind: "string", check: checks.color }) accessor inkColor: ColorValue | undefined;
  /** Animates changes of size, colour, border and padding. */
  @prop({ kind: "json" }) accessor animate: AnimationValue | undefined;
  /** Blurs what lies behind the container. */
  @prop({ kind: "json" }) accessor blur: BlurValue | undefined;
  /** One shadow or several. */
  @prop({ kind: "json" }) accessor shadow: BoxShadow | BoxShadow[] | undefined;
  /** A URL opened on click. */
  @prop({ kind: "string", check: checks.safeUrl }) accessor url: string | undefined;
  /** Where `url` opens. Default `_blank`. */
  @prop({ kind: "string" }) accessor urlTarget: UrlTarget | undefined;
  /** A theme for the subtree. */
  @prop({ kind: "json" }) accessor theme: Theme | undefined;
  /** Light or dark mode of the subtree's theme. */
  @prop({ kind: "enum", values: enumValues(ThemeMode) }) accessor themeMode: ThemeMode | undefined;
  /** Fires on click or tap, with the position. */
  @event({ type: TapEvent }) accessor onClick: EventHandler<TapEvent<Container>> | undefined;
  /** Fires on a long press. */
  @event() accessor onLongPress: EventHandler<ControlEvent<Container>> | undefined;
  /** Fires when the pointer enters or leaves. */
  @event({ type: HoverEvent }) accessor onHover: EventHandler<HoverEvent<Container>> | undefined;
}
