import {
  ConstrainedControl,
  type Control,
  checks,
  child,
  enumValues,
  iconProp,
  type PaddingValue,
  prop,
  requestFocus,
} from "flet-ts/pack";
import type { BorderRadiusValue } from "./types/border-radius.js";
import type { ColorValue } from "./types/colors.js";
import type { IconName } from "./types/icons.js";
import { InputBorder, type VerticalAlignment } from "./types/input.js";
import type { TextStyle } from "./types/text.js";

/**
 * The base of input fields with a Material decoration: TextField and Dropdown (Flet's
 * FormFieldControl). It owns the label, hint, helper, counter and error texts, the
 * prefix and suffix, and the border.
 *
 * @example
 * ```ts
 * new ft.TextField({ label: "Email", hintText: "you@example.com", prefixIcon: ft.icons.EMAIL, border: ft.InputBorder.UNDERLINE });
 * ```
 */
export abstract class FormFieldControl extends ConstrainedControl {
  /**
   * Moves keyboard focus to this control in the browser (Flet's `focus()`). Resolves to
   * `true` when it got the focus, `false` when the browser could not focus it (hidden,
   * disabled, not on a page). Never rejects: calling it without `await` is fine.
   */
  focus(): Promise<boolean> {
    return requestFocus(this);
  }

  /** Font size of the input text. */
  @prop({ kind: "number" }) accessor textSize: number | undefined;
  /** Style of the input text. */
  @prop({ kind: "json" }) accessor textStyle: TextStyle | undefined;
  /**
   * Vertical position of the text, -1.0 (top) to 1.0 (bottom); see `VerticalAlignment`.
   * TextField only: on a Dropdown it is a no-op, as in Flet's Flutter client (its
   * dropdown has no vertical text alignment).
   */
  @prop({ kind: "number" }) accessor textVerticalAlign: VerticalAlignment | undefined;
  /** The label above (or inside, while empty) the field; also its accessible name. */
  @prop({ kind: "string", text: true, label: true }) accessor label: string | undefined;
  /** Style of the label. */
  @prop({ kind: "json" }) accessor labelStyle: TextStyle | undefined;
  /** An icon shown before the field, outside its border. */
  @iconProp() accessor icon: IconName | undefined;
  /** The kind of border. Default `outline`. */
  @prop({ kind: "enum", values: enumValues(InputBorder) }) accessor border: InputBorder | undefined;
  /** Colour of the input text. */
  @prop({ kind: "string", check: checks.color }) accessor color: ColorValue | undefined;
  /** Fill colour, shown when `filled`; a TextField with `filled` unset is filled when it has one, as in Flet. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Corner radii of the border. */
  @prop({ kind: "json" }) accessor borderRadius: BorderRadiusValue | undefined;
  /** Width of the border. */
  @prop({ kind: "number" }) accessor borderWidth: number | undefined;
  /** Colour of the border. */
  @prop({ kind: "string", check: checks.color }) accessor borderColor: ColorValue | undefined;
  /** Colour of the input text while focused. */
  @prop({ kind: "string", check: checks.color }) accessor focusedColor: ColorValue | undefined;
  /** Fill colour while focused. */
  @prop({ kind: "string", check: checks.color }) accessor focusedBgcolor: ColorValue | undefined;
  /** Width of the border while focused. */
  @prop({ kind: "number" }) accessor focusedBorderWidth: number | undefined;
  /** Colour of the border while focused. */
  @prop({ kind: "string", check: checks.color }) accessor focusedBorderColor:
    | ColorValue
    | undefined;
  /** Space between the border and the text. */
  @prop({ kind: "json" }) accessor contentPadding: PaddingValue | undefined;
  /** A more compact field. */
  @prop({ kind: "boolean" }) accessor dense: boolean | undefined;
  /** Fills the field with `bgcolor`. */
  @prop({ kind: "boolean" }) accessor filled: boolean | undefined;
  /** Placeholder text shown while the field is empty. */
  @prop({ kind: "string", text: true }) accessor hintText: string | undefined;
  /** Style of the hint. */
  @prop({ kind: "json" }) accessor hintStyle: TextStyle | undefined;
  /** Help text below the field. */
  @prop({ kind: "string", text: true }) accessor helperText: string | undefined;
  /** Style of the helper text. */
  @prop({ kind: "json" }) accessor helperStyle: TextStyle | undefined;
  /** Text at the bottom right (replaces the length counter). */
  @prop({ kind: "string", text: true }) accessor counterText: string | undefined;
  /** Style of the counter. */
  @prop({ kind: "json" }) accessor counterStyle: TextStyle | undefined;
  /** An error message below the field; setting it turns the border red. */
  @prop({ kind: "string", text: true }) accessor errorText: string | undefined;
  /** Style of the error text. */
  @prop({ kind: "json" }) accessor errorStyle: TextStyle | undefined;
  /** A control before the input text, inside the border. */
  @child() accessor prefix: Control | undefined;
  /** An icon before the input text, inside the border. */
  @iconProp() accessor prefixIcon: IconName | undefined;
  /** Text before the input text (`https://`). */
  @prop({ kind: "string", text: true }) accessor prefixText: string | undefined;
  /** Style of the prefix text. */
  @prop({ kind: "json" }) accessor prefixStyle: TextStyle | undefined;
  /** A control after the input text, inside the border. */
  @child() accessor suffix: Control | undefined;
  /** An icon after the input text, inside the border. */
  @iconProp() accessor suffixIcon: IconName | undefined;
  /** Text after the input text (`.com`). */
  @prop({ kind: "string", text: true }) accessor suffixText: string | undefined;
  /** Style of the suffix text. */
  @prop({ kind: "json" }) accessor suffixStyle: TextStyle | undefined;
}
