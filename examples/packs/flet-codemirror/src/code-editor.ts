import {
  ConstrainedControl,
  type ControlEvent,
  type ControlOptions,
  control,
  type EventHandler,
  event,
  prop,
  requestFocus,
  withPrimary,
} from "flet-ts/pack";
import { PACK_INFO } from "./pack-info.js";

/**
 * The languages a {@link CodeEditor} highlights (and indents, and closes brackets for).
 * Each language's grammar is a chunk of its own, fetched the first time an editor shows it.
 *
 * @example
 * ```ts
 * new CodeEditor("print('hi')", { language: CodeLanguage.PYTHON });
 * ```
 */
export const CodeLanguage = {
  PLAIN: "plain",
  JAVASCRIPT: "javascript",
  TYPESCRIPT: "typescript",
  PYTHON: "python",
  JSON: "json",
  CSS: "css",
  HTML: "html",
  MARKDOWN: "markdown",
} as const;
/** One of {@link CodeLanguage}. */
export type CodeLanguage = (typeof CodeLanguage)[keyof typeof CodeLanguage];

/**
 * A code editor: CodeMirror 6 in the browser, with syntax highlighting, line numbers,
 * undo history, bracket matching and the usual editing keys (Tab indents; Escape then Tab
 * leaves the editor, as CodeMirror's accessibility guide asks).
 *
 * `value` is two-way: while the user types, the browser sends the text back at most every
 * 300 ms with `onChange` (the text in `e.data` and `e.control.value`), and at once when
 * the editor loses focus or leaves the page, so the last text always arrives. Setting
 * `value` on the server replaces the editor's text. The colours follow the page's light
 * or dark theme. CodeMirror itself is loaded on first use: pages without an editor never
 * fetch it.
 *
 * @example
 * ```ts
 * new CodeEditor("const answer = 42;\n", {
 *   language: CodeLanguage.JAVASCRIPT,
 *   height: 200,
 *   onChange: (e) => console.log(e.control.value),
 * });
 * ```
 */
@control("codemirror.editor", PACK_INFO)
export class CodeEditor extends ConstrainedControl {
  /**
   * @param value - The text, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(value?: string | ControlOptions<CodeEditor>, options?: ControlOptions<CodeEditor>) {
    super(withPrimary("value", value, options));
  }

  /** The text in the editor. Default `""`. */
  @prop({ kind: "string", default: "", twoWay: true }) accessor value: string | undefined;
  /** The language highlighted. Default `CodeLanguage.PLAIN` (no highlighting). */
  @prop({ kind: "enum", values: Object.values(CodeLanguage), default: CodeLanguage.PLAIN })
  accessor language: CodeLanguage | undefined;
  /** Shows the text without letting the user change it (it can still be selected). Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor readOnly: boolean | undefined;
  /** Shows the line-number gutter. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor lineNumbers: boolean | undefined;
  /** Grey example text shown while the editor is empty. */
  @prop({ kind: "string" }) accessor placeholder: string | undefined;
  /** How many columns a tab character takes, and one indent step. Default 4. */
  @prop({ kind: "number", default: 4 }) accessor tabSize: number | undefined;
  /** The accessible name of the editor ("Query"). Default "Code editor". */
  @prop({ kind: "string", label: true }) accessor label: string | undefined;

  /**
   * Fires when the user changed the text (at most every 300 ms while typing, and at once
   * on blur); the text is in `e.data` and `e.control.value`.
   */
  @event() accessor onChange: EventHandler<ControlEvent<CodeEditor>> | undefined;
  /** Fires when the editor gets the keyboard focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<CodeEditor>> | undefined;
  /** Fires when the editor loses the keyboard focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<CodeEditor>> | undefined;

  /**
   * Moves the keyboard focus into the editor. Resolves to `false` when the browser could
   * not (the editor is hidden, disabled or not on a page).
   */
  focus(): Promise<boolean> {
    return requestFocus(this);
  }
}
