import type { TextStyle } from "flet-ts/controls";
import {
  type ControlEvent,
  type ControlOptions,
  control,
  type EventHandler,
  enumValues,
  event,
  prop,
} from "flet-ts/pack";
import { CupertinoFieldBase } from "./field-base.js";
import type { Color } from "./internal.js";
import { VisibilityMode } from "./types.js";

const KEYBOARDS = ["none", "text", "multiline", "number", "phone", "datetime", "email", "url"];

/**
 * The iOS text field: a rounded grey box with a placeholder and an optional clear button.
 * It has every property of Flet's TextField plus the Cupertino ones.
 *
 * `value` is two-way: `onChange` fires on every edit, `onSubmit` on Enter.
 *
 * @example
 * ```ts
 * new ft.CupertinoTextField({ placeholderText: "Email", keyboardType: "email", onSubmit: (e) => send(e.control.value) });
 * ```
 */
@control("cupertinotextfield")
export class CupertinoTextField extends CupertinoFieldBase {
  constructor(options?: ControlOptions<CupertinoTextField>) {
    super(options);
  }

  /** The text; updated as the user types. Default `""`. */
  @prop({ kind: "string", default: "", twoWay: true }) accessor value: string | undefined;
  /** Grey text shown while the field is empty; the accessible name without `label`. */
  @prop({ kind: "string", text: true, label: true }) accessor placeholderText: string | undefined;
  /** TextStyle of the placeholder. */
  @prop({ kind: "json" }) accessor placeholderStyle: TextStyle | undefined;
  /** A gradient filling the field. */
  @prop({ kind: "json" }) accessor gradient: Record<string, unknown> | undefined;
  /** How `bgcolor` blends with the gradient. */
  @prop({ kind: "string" }) accessor blendMode: string | undefined;
  /** Box shadows. */
  @prop({ kind: "json" }) accessor shadow: unknown;
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
  /** The on-screen keyboard to ask for. Default `text`. */
  @prop({ kind: "enum", values: KEYBOARDS }) accessor keyboardType: string | undefined;
  /** Accepts several lines. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor multiline: boolean | undefined;
  /** The least number of lines of a multiline field. */
  @prop({ kind: "number" }) accessor minLines: number | undefined;
  /** The most lines before it scrolls. */
  @prop({ kind: "number" }) accessor maxLines: number | undefined;
  /** The most characters allowed. */
  @prop({ kind: "number" }) accessor maxLength: number | undefined;
  /** Hides the text as dots. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor password: boolean | undefined;
  /** Adds a button that shows a password. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor canRevealPassword: boolean | undefined;
  /** Selectable but not editable. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor readOnly: boolean | undefined;
  /** In a multiline field, Enter submits and Shift+Enter adds a line. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor shiftEnter: boolean | undefined;
  /** Horizontal alignment of the text. */
  @prop({ kind: "enum", values: ["left", "right", "center", "justify", "start", "end"] })
  accessor textAlign: string | undefined;
  /** Focuses the field when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** Which letters are capitalised. */
  @prop({ kind: "enum", values: ["none", "characters", "words", "sentences"] })
  accessor capitalization: string | undefined;
  /** Lets the platform correct spelling. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor autocorrect: boolean | undefined;
  /** Lets the keyboard suggest words. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor enableSuggestions: boolean | undefined;
  /** Turns `--` into a dash. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor smartDashesType: boolean | undefined;
  /** Turns straight quotes into curly ones. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor smartQuotesType: boolean | undefined;
  /** Shows the cursor. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor showCursor: boolean | undefined;
  /** Colour of the cursor. */
  @prop({ kind: "string" }) accessor cursorColor: Color | undefined;
  /** Width of the cursor. */
  @prop({ kind: "number" }) accessor cursorWidth: number | undefined;
  /** Height of the cursor. */
  @prop({ kind: "number" }) accessor cursorHeight: number | undefined;
  /** Corner radius of the cursor. */
  @prop({ kind: "number" }) accessor cursorRadius: number | undefined;
  /** Colour of selected text. */
  @prop({ kind: "string" }) accessor selectionColor: Color | undefined;
  /** Keeps or drops each edit by a regular expression. */
  @prop({ kind: "json" }) accessor inputFilter:
    | { regexString: string; allow?: boolean; replacementString?: string }
    | undefined;
  /** Fires on every edit; `value` holds the new text. */
  @event() accessor onChange: EventHandler<ControlEvent<CupertinoTextField>> | undefined;
  /** Fires when the user presses Enter. */
  @event() accessor onSubmit: EventHandler<ControlEvent<CupertinoTextField>> | undefined;
  /** Fires when the field gains focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<CupertinoTextField>> | undefined;
  /** Fires when the field loses focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<CupertinoTextField>> | undefined;
}
