import {
  ConstrainedControl,
  type Control,
  type ControlOptions,
  checks,
  children,
  control,
  enumValues,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";
import {
  FontWeight,
  TextAlign,
  TextOverflow,
  type TextStyle,
  TextThemeStyle,
} from "./types/text.js";

/**
 * Shows a run of text in one style.
 *
 * `style` takes a {@link TextStyle} or the name of a theme style; `themeStyle` takes
 * only the name. `size`, `weight`, `italic`, `color` and `fontFamily` override both.
 * Text is not selectable unless `selectable` is set.
 *
 * @example
 * ```ts
 * new ft.Text("Hello, world!", { size: 30, weight: ft.FontWeight.BOLD, color: ft.colors.PRIMARY });
 * new ft.Text("A long caption…", { maxLines: 2, overflow: ft.TextOverflow.ELLIPSIS });
 * ```
 */
@control("text")
export class Text extends ConstrainedControl {
  /**
   * @param value - The text, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(value?: string | ControlOptions<Text>, options?: ControlOptions<Text>) {
    super(withPrimary("value", value, options));
  }

  /** The text to show. */
  @prop({ kind: "string", text: true }) accessor value: string | undefined;
  /** Inline spans (TextSpan controls) shown after `value`, each with its own style. */
  @children() accessor spans!: Control[];
  /** Horizontal alignment of the lines. */
  @prop({ kind: "enum", values: enumValues(TextAlign) }) accessor textAlign: TextAlign | undefined;
  /** A family from `page.fonts`, or one the browser has. */
  @prop({ kind: "string" }) accessor fontFamily: string | undefined;
  /** Font size in logical pixels. */
  @prop({ kind: "number" }) accessor size: number | undefined;
  /** Font weight. */
  @prop({ kind: "enum", values: enumValues(FontWeight) }) accessor weight: FontWeight | undefined;
  /** Italic glyphs. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor italic: boolean | undefined;
  /** A {@link TextStyle}, or a theme style name. */
  @prop({ kind: "json" }) accessor style: TextStyle | TextThemeStyle | undefined;
  /** A theme style (`titleLarge`, `bodySmall`, ...). */
  @prop({ kind: "enum", values: enumValues(TextThemeStyle) }) accessor themeStyle:
    | TextThemeStyle
    | undefined;
  /** The most lines to show; the rest is cut as `overflow` says. */
  @prop({ kind: "number" }) accessor maxLines: number | undefined;
  /** How cut text ends. */
  @prop({ kind: "enum", values: enumValues(TextOverflow) }) accessor overflow:
    | TextOverflow
    | undefined;
  /** Lets the user select and copy the text. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor selectable: boolean | undefined;
  /** Keeps the text on one line. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor noWrap: boolean | undefined;
  /** Text colour. */
  @prop({ kind: "string", check: checks.color }) accessor color: ColorValue | undefined;
  /** Background colour behind the glyphs. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** What screen readers say instead of the text. */
  @prop({ kind: "string", label: true }) accessor semanticsLabel: string | undefined;
}
