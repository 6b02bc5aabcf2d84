import {
  type BlendMode,
  type BoxShadow,
  type Gradient,
  TextField,
  type TextStyle,
} from "flet-ts/controls";
import { type ControlOptions, control, enumValues, prop, withPrimary } from "flet-ts/pack";
import { VisibilityMode } from "./types.js";

/**
 * The iOS text field: a rounded grey box with a placeholder and an optional clear button.
 * As in Flet 0.21 (`class CupertinoTextField(TextField)`), it is a {@link TextField}: it has
 * every TextField property, event and method (`focus()`, `multiline`, `shiftEnter`,
 * prefix and suffix...) and adds the Cupertino ones below. `instanceof ft.TextField` is true.
 *
 * `value` is two-way: `onChange` fires on every edit, `onSubmit` on Enter.
 *
 * @example
 * ```ts
 * new ft.CupertinoTextField({ placeholderText: "Email", keyboardType: ft.KeyboardType.EMAIL, onSubmit: (e) => send(e.control.value) });
 * ```
 */
@control("cupertinotextfield")
export class CupertinoTextField extends TextField {
  /**
   * @param placeholderText - The placeholder (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    placeholderText?: string | ControlOptions<CupertinoTextField>,
    options?: ControlOptions<CupertinoTextField>,
  ) {
    super(withPrimary("placeholderText", placeholderText, options) as ControlOptions<TextField>);
  }

  /** Grey text shown while the field is empty; the accessible name without `label`. */
  @prop({ kind: "string", text: true, label: true }) accessor placeholderText: string | undefined;
  /** TextStyle of the placeholder. */
  @prop({ kind: "json" }) accessor placeholderStyle: TextStyle | undefined;
  /** A gradient filling the field. */
  @prop({ kind: "json" }) accessor gradient: Gradient | undefined;
  /** How `bgcolor` blends with the gradient. */
  @prop({ kind: "string" }) accessor blendMode: BlendMode | undefined;
  /** Box shadows. */
  @prop({ kind: "json" }) accessor shadow: BoxShadow | BoxShadow[] | undefined;
  /** When the prefix shows. Default `always`. */
  @prop({ kind: "enum", values: enumValues(VisibilityMode) }) accessor prefixVisibilityMode:
    | VisibilityMode
    | undefined;
  /** When the suffix (a clear button when unset) shows. Default `always`. */
  @prop({ kind: "enum", values: enumValues(VisibilityMode) }) accessor suffixVisibilityMode:
    | VisibilityMode
    | undefined;
  /** Accessible name of the clear button. Default "Clear". */
  @prop({ kind: "string", label: true }) accessor clearButtonSemanticsLabel: string | undefined;
}
