import type { BorderRadiusValue, TextStyle } from "flet-ts/controls";
import {
  ConstrainedControl,
  type Control,
  child,
  iconProp,
  type PaddingValue,
  prop,
} from "flet-ts/pack";
import type { Color, Icon } from "./internal.js";

/**
 * The decoration properties a {@link CupertinoTextField} shares with Flet's TextField
 * (label, hint, helper and error texts, prefix and suffix, border). Declared again here
 * because a pack builds only on `flet-ts/pack`.
 *
 * @example
 * ```ts
 * new ft.CupertinoTextField({ prefixIcon: ft.icons.SEARCH, hintText: "Search" });
 * ```
 */
export abstract class CupertinoFieldBase extends ConstrainedControl {
  /** Font size of the text. */
  @prop({ kind: "number" }) accessor textSize: number | undefined;
  /** TextStyle of the text. */
  @prop({ kind: "json" }) accessor textStyle: TextStyle | undefined;
  /** Vertical position of the text, -1.0 (top) to 1.0 (bottom). */
  @prop({ kind: "number" }) accessor textVerticalAlign: number | undefined;
  /** The accessible name (shown above the field). */
  @prop({ kind: "string", text: true, label: true }) accessor label: string | undefined;
  /** TextStyle of the label. */
  @prop({ kind: "json" }) accessor labelStyle: TextStyle | undefined;
  /** An icon before the field. */
  @iconProp() accessor icon: Icon | undefined;
  /** The kind of border: `outline` (rounded box, default), `underline` or `none`. */
  @prop({ kind: "enum", values: ["none", "outline", "underline"] }) accessor border:
    | "none"
    | "outline"
    | "underline"
    | undefined;
  /** Colour of the text. */
  @prop({ kind: "string" }) accessor color: Color | undefined;
  /** Fill colour. */
  @prop({ kind: "string" }) accessor bgcolor: Color | undefined;
  /** Corner radii. Default 5. */
  @prop({ kind: "json" }) accessor borderRadius: BorderRadiusValue | undefined;
  /** Width of the border. */
  @prop({ kind: "number" }) accessor borderWidth: number | undefined;
  /** Colour of the border. */
  @prop({ kind: "string" }) accessor borderColor: Color | undefined;
  /** Colour of the text while focused. */
  @prop({ kind: "string" }) accessor focusedColor: Color | undefined;
  /** Fill colour while focused. */
  @prop({ kind: "string" }) accessor focusedBgcolor: Color | undefined;
  /** Width of the border while focused. */
  @prop({ kind: "number" }) accessor focusedBorderWidth: number | undefined;
  /** Colour of the border while focused. */
  @prop({ kind: "string" }) accessor focusedBorderColor: Color | undefined;
  /** Space between the border and the text. */
  @prop({ kind: "json" }) accessor contentPadding: PaddingValue | undefined;
  /** A more compact field. */
  @prop({ kind: "boolean" }) accessor dense: boolean | undefined;
  /** Fills the field with `bgcolor`. */
  @prop({ kind: "boolean" }) accessor filled: boolean | undefined;
  /** Hint text below the field. */
  @prop({ kind: "string", text: true }) accessor hintText: string | undefined;
  /** TextStyle of the hint. */
  @prop({ kind: "json" }) accessor hintStyle: TextStyle | undefined;
  /** Help text below the field. */
  @prop({ kind: "string", text: true }) accessor helperText: string | undefined;
  /** TextStyle of the helper text. */
  @prop({ kind: "json" }) accessor helperStyle: TextStyle | undefined;
  /** Text at the bottom right. */
  @prop({ kind: "string", text: true }) accessor counterText: string | undefined;
  /** TextStyle of the counter. */
  @prop({ kind: "json" }) accessor counterStyle: TextStyle | undefined;
  /** An error message below the field. */
  @prop({ kind: "string", text: true }) accessor errorText: string | undefined;
  /** TextStyle of the error text. */
  @prop({ kind: "json" }) accessor errorStyle: TextStyle | undefined;
  /** A control before the text, inside the border. */
  @child() accessor prefix: Control | undefined;
  /** An icon before the text, inside the border. */
  @iconProp() accessor prefixIcon: Icon | undefined;
  /** Text before the input text. */
  @prop({ kind: "string", text: true }) accessor prefixText: string | undefined;
  /** TextStyle of the prefix text. */
  @prop({ kind: "json" }) accessor prefixStyle: TextStyle | undefined;
  /** A control after the text, inside the border. */
  @child() accessor suffix: Control | undefined;
  /** An icon after the text, inside the border. */
  @iconProp() accessor suffixIcon: Icon | undefined;
  /** Text after the input text. */
  @prop({ kind: "string", text: true }) accessor suffixText: string | undefined;
  /** TextStyle of the suffix text. */
  @prop({ kind: "json" }) accessor suffixStyle: TextStyle | undefined;
}
