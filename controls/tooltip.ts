import {
  Control,
  type ControlOptions,
  checks,
  child,
  control,
  enumValues,
  type MarginValue,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { Border } from "./types/border.js";
import type { BorderRadiusValue } from "./types/border-radius.js";
import { BoxShape } from "./types/box.js";
import type { ColorValue } from "./types/colors.js";
import type { Gradient } from "./types/gradient.js";
import { TextAlign, type TextStyle } from "./types/text.js";

/**
 * A styled tooltip around any control: `message` shows in a bubble after a short hover, on
 * keyboard focus, or on a touch long press, and screen readers read it as the content's
 * description.
 *
 * Every control also has a plain `tooltip` prop; use this control for a bubble of your own
 * look (colour, gradient, border, shape, text style, padding) or timing (`waitDuration`,
 * `showDuration`) and placement (`preferBelow`, `verticalOffset`, `margin`). It adds no
 * layout: its content is laid out as if it were not there.
 *
 * `enableFeedback` vibrates on a long press where the browser has `navigator.vibrate`
 * (Android Chrome); elsewhere it is a browser no-op.
 *
 * @example
 * ```ts
 * new ft.Tooltip(new ft.Text("Hover me"), {
 *   message: "Saved two minutes ago",
 *   bgcolor: ft.colors.TEAL_700,
 *   textStyle: { color: ft.colors.WHITE, size: 14 },
 *   padding: 12,
 *   borderRadius: 8,
 * });
 * ```
 */
@control("tooltip")
export class Tooltip extends Control {
  /**
   * @param content - The control the tooltip is about, or the options.
   * @param options - Other properties.
   */
  constructor(content?: Control | ControlOptions<Tooltip>, options?: ControlOptions<Tooltip>) {
    super(withPrimary("content", content, options));
  }

  /** The control the tooltip is about. */
  @child() accessor content: Control | undefined;
  /** The text in the bubble. Without it, no bubble shows. */
  @prop({ kind: "string" }) accessor message: string | undefined;
  /** Vibrate on the long press that shows it (phones; a browser no-op elsewhere). Default false. */
  @prop({ kind: "boolean", default: false }) accessor enableFeedback: boolean | undefined;
  /** The bubble's least height, in px (its text is centred). Default 24. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor height: number | undefined;
  /** Distance from the content's centre to the bubble, in px. Default half its height + 4. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor verticalOffset: number | undefined;
  /** Least room between the bubble and the window's edges. Default 4 on each side. */
  @prop({ kind: "json", check: checks.padding }) accessor margin: MarginValue | undefined;
  /** Space inside the bubble around its text. Default 4 above and below, 8 at the sides. */
  @prop({ kind: "json", check: checks.padding }) accessor padding: PaddingValue | undefined;
  /** The bubble's colour. Default the theme's `inverseSurface`. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** A gradient instead of `bgcolor`. */
  @prop({ kind: "json" }) accessor gradient: Gradient | undefined;
  /** The bubble's border. */
  @prop({ kind: "json" }) accessor border: Border | undefined;
  /** The bubble's corner radius. Default 4. */
  @prop({ kind: "json" }) accessor borderRadius: BorderRadiusValue | undefined;
  /** `circle` draws a round bubble (`borderRadius` is then not used). Default `rectangle`. */
  @prop({ kind: "enum", values: enumValues(BoxShape), default: BoxShape.RECTANGLE }) accessor shape:
    | BoxShape
    | undefined;
  /** Style of the message. Default body small (12 px) in the theme's `onInverseSurface`. */
  @prop({ kind: "json" }) accessor textStyle: TextStyle | undefined;
  /** How the message's lines align. Default start. */
  @prop({ kind: "enum", values: enumValues(TextAlign) }) accessor textAlign: TextAlign | undefined;
  /** Below the content when there is room (true), else above; false prefers above. Default true. */
  @prop({ kind: "boolean", default: true }) accessor preferBelow: boolean | undefined;
  /** How long the bubble stays after a touch long press ends, in ms. Default 1 500. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor showDuration: number | undefined;
  /** How long a hover (or touch) must last before the bubble shows, in ms. Default 500. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor waitDuration: number | undefined;
}
