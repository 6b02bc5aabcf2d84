import {
  type ControlEvent,
  type ControlOptions,
  checks,
  control,
  type EventHandler,
  enumValues,
  event,
  prop,
} from "flet-ts/pack";
import { FormFieldControl } from "./form-field-control.js";
import type { ColorValue } from "./types/colors.js";
import { type InputFilter, KeyboardType, TextCapitalization } from "./types/input.js";
import { TextAlign } from "./types/text.js";

/**
 * A Material text input: one line, several lines (`multiline`), or a password.
 *
 * `value` is two-way: it follows what the user types, and `onChange` fires on every edit
 * (after `value` is updated). `onSubmit` fires on Enter in a single-line field (or on
 * Enter in a multiline one with `shiftEnter`, where Shift+Enter adds a line). Label,
 * hint, helper and error texts, prefix and suffix come from {@link FormFieldControl}.
 *
 * @example
 * ```ts
 * const name = new ft.TextField({ label: "Your name", autofocus: true, onSubmit: () => greet(name.value) });
 * new ft.TextField({ label: "Password", password: true, canRevealPassword: true });
 * ```
 */
@control("textfield")
export class TextField extends FormFieldControl {
  constructor(options?: ControlOptions<TextField>) {
    super(options);
  }

  /** The text in the field; updated as the user types. Default `""`. */
  @prop({ kind: "string", default: "", twoWay: true }) accessor value: string | undefined;
  /** The on-screen keyboard to ask for. Default `text`. */
  @prop({ kind: "enum", values: enumValues(KeyboardType) }) accessor keyboardType:
    | KeyboardType
    | undefined;
  /** Accepts several lines. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor multiline: boolean | undefined;
  /** The least number of lines shown by a multiline field. */
  @prop({ kind: "number", check: checks.positiveInteger }) accessor minLines: number | undefined;
  /** The most lines shown before the field scrolls. */
  @prop({ kind: "number", check: checks.positiveInteger }) accessor maxLines: number | undefined;
  /** The most characters allowed; shows a counter. */
  @prop({ kind: "number", check: checks.positiveInteger }) accessor maxLength: number | undefined;
  /** Hides the text as dots. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor password: boolean | undefined;
  /** Adds an eye button that shows a password. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor canRevealPassword: boolean | undefined;
  /** Selectable but not editable. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor readOnly: boolean | undefined;
  /** In a multiline field, Enter submits and Shift+Enter adds a line. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor shiftEnter: boolean | undefined;
  /** Horizontal alignment of the text. Default `left`. */
  @prop({ kind: "enum", values: enumValues(TextAlign) }) accessor textAlign: TextAlign | undefined;
  /** Focuses the field when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** Which letters are capitalised as the user types. */
  @prop({ kind: "enum", values: enumValues(TextCapitalization) })
  accessor capitalization: TextCapitalization | undefined;
  /** Lets the platform correct spelling. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor autocorrect: boolean | undefined;
  /** Lets the keyboard suggest words. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor enableSuggestions: boolean | undefined;
  /**
   * Turns `--` into a dash as the user types (iOS). Default `true`. A browser no-op: the
   * substitution belongs to the iOS keyboard, and web text fields have no switch for it.
   */
  @prop({ kind: "boolean", default: true }) accessor smartDashesType: boolean | undefined;
  /**
   * Turns straight quotes into curly ones (iOS). Default `true`. A browser no-op: the
   * substitution belongs to the iOS keyboard, and web text fields have no switch for it.
   */
  @prop({ kind: "boolean", default: true }) accessor smartQuotesType: boolean | undefined;
  /** Shows the text cursor. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor showCursor: boolean | undefined;
  /** Colour of the cursor. */
  @prop({ kind: "string", check: checks.color }) accessor cursorColor: ColorValue | undefined;
  /**
   * Width of the cursor. Default 2. A browser no-op: the browser draws its own text caret,
   * and CSS sets only its colour (`caret-color`).
   */
  @prop({ kind: "number" }) accessor cursorWidth: number | undefined;
  /**
   * Height of the cursor. A browser no-op: the browser draws its own text caret, and CSS
   * sets only its colour (`caret-color`).
   */
  @prop({ kind: "number" }) accessor cursorHeight: number | undefined;
  /**
   * Corner radius of the cursor. A browser no-op: the browser draws its own text caret,
   * and CSS sets only its colour (`caret-color`).
   */
  @prop({ kind: "number" }) accessor cursorRadius: number | undefined;
  /** Colour of selected text. */
  @prop({ kind: "string", check: checks.color }) accessor selectionColor: ColorValue | undefined;
  /** Keeps or drops each edit by a regular expression. */
  @prop({ kind: "json" }) accessor inputFilter: InputFilter | undefined;
  /** Fires on every edit; `value` already holds the new text. */
  @event() accessor onChange: EventHandler<ControlEvent<TextField>> | undefined;
  /** Fires when the user presses Enter. */
  @event() accessor onSubmit: EventHandler<ControlEvent<TextField>> | undefined;
  /** Fires when the field gains focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<TextField>> | undefined;
  /** Fires when the field loses focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<TextField>> | undefined;
}
