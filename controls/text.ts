import {
  ConstrainedControl,
  type Control,
  type ControlOptions,
  checks,
  children,
  control,
  declareMembers,
  enumValues,
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
  declare value: string | undefined;
  /** Inline spans (TextSpan controls) shown after `value`, each with its own style. */
  @children() accessor spans!: Control[];
  /** Horizontal alignment of the lines. */
  declare textAlign: TextAlign | undefined;
  /** A family from `page.fonts`, or one the browser has. */
  declare fontFamily: string | undefined;
  /** Font size in logical pixels. */
  declare size: number | undefined;
  /** Font weight. */
  declare weight: FontWeight | undefined;
  /** Italic glyphs. Default `false`. */
  declare italic: boolean | undefined;
  /** A {@link TextStyle}, or a theme style name. */
  declare style: TextStyle | TextThemeStyle | undefined;
  /** A theme style (`titleLarge`, `bodySmall`, ...). */
  declare themeStyle: TextThemeStyle | undefined;
  /** The most lines to show; the rest is cut as `overflow` says. */
  declare maxLines: number | undefined;
  /** How cut text ends. */
  declare overflow: TextOverflow | undefined;
  /** Lets the user select and copy the text. Default `false`. */
  declare selectable: boolean | undefined;
  /** Keeps the text on one line. Default `false`. */
  declare noWrap: boolean | undefined;
  /** Text colour. */
  declare color: ColorValue | undefined;
  /** Background colour behind the glyphs. */
  declare bgcolor: ColorValue | undefined;
  /** What screen readers say instead of the text. */
  declare semanticsLabel: string | undefined;
}

// Declared without `accessor` fields: pages hold Texts by the thousand, and each accessor
// field would cost every instance a slot that is never read (decision 0005).
declareMembers(Text, {
  value: { kind: "string", text: true },
  textAlign: { kind: "enum", values: enumValues(TextAlign) },
  fontFamily: { kind: "string" },
  size: { kind: "number" },
  weight: { kind: "enum", values: enumValues(FontWeight) },
  italic: { kind: "boolean", default: false },
  style: { kind: "json" },
  themeStyle: { kind: "enum", values: enumValues(TextThemeStyle) },
  maxLines: { kind: "number" },
  overflow: { kind: "enum", values: enumValues(TextOverflow) },
  selectable: { kind: "boolean", default: false },
  noWrap: { kind: "boolean", default: false },
  color: { kind: "string", check: checks.color },
  bgcolor: { kind: "string", check: checks.color },
  semanticsLabel: { kind: "string", label: true },
});
