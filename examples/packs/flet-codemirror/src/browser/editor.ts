/**
 * `codemirror.editor`: a CodeMirror 6 editor. This module (with CodeMirror) is the chunk
 * the browser entry loads on first use.
 *
 * The text goes back as the two-way `value` with a `change` event 300 ms after the first
 * change not yet sent (so at most every 300 ms while the user types, with the whole text
 * of that moment), and at once when the editor loses focus or leaves the page: the server
 * always gets the last text. A `value` set
 * by the server replaces the text (and drops a send still waiting: the server's text is
 * newer). `focus` and `blur` follow CodeMirror's focus.
 * @module
 */
import { indentWithTab } from "@codemirror/commands";
import {
  bracketMatching,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from "@codemirror/language";
import { Annotation, Compartment, EditorState, type Extension } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, placeholder } from "@codemirror/view";
import { minimalSetup } from "codemirror";
import {
  applyCommonProps,
  focusable,
  isDisabled,
  onPageChange,
  type RenderContext,
  type Renderer,
} from "flet-ts/browser";
import { loadLanguage } from "./languages.js";
import { editorTheme, highlightStyle, installStyles } from "./styles.js";

/** How long after the first unsent change the text is sent, in ms. */
export const SEND_DELAY = 300;

/** Marks the transactions that bring the server's `value` (they are not sent back). */
const fromServer = Annotation.define<boolean>();

/** What an editor element holds. */
interface Live {
  view: EditorView;
  ctx: RenderContext;
  host: HTMLElement;
  compartments: Record<Slot, Compartment>;
  /** The pending send of the text, if any. */
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The language the editor shows (or is loading). */
  language: unknown;
  /** Whether CodeMirror was last told the page is dark. */
  dark: boolean | undefined;
}

type Slot = "language" | "editable" | "gutter" | "placeholder" | "tabSize" | "label" | "dark";

const editors = new WeakMap<HTMLElement, Live>();
const live = new Set<Live>();

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** Sends the editor's text now, if a send is pending. */
function flush(editor: Live): void {
  if (editor.timer === undefined) return;
  clearTimeout(editor.timer);
  editor.timer = undefined;
  const value = editor.view.state.doc.toString();
  editor.ctx.send("change", value, { value });
}

/** Sends the text `SEND_DELAY` ms after the first unsent change. */
function schedule(editor: Live): void {
  editor.timer ??= setTimeout(() => {
    editor.timer = undefined;
    const value = editor.view.state.doc.toString();
    editor.ctx.send("change", value, { value });
  }, SEND_DELAY);
}

/** The extensions each prop stands for. */
function configured(editor: Live, slot: Exclude<Slot, "language">): Extension {
  const p = editor.ctx.props;
  switch (slot) {
    case "editable": {
      const editable = p.readOnly !== true && !isDisabled(editor.host);
      return [EditorState.readOnly.of(!editable), EditorView.editable.of(editable)];
    }
    case "gutter":
      return p.lineNumbers === false ? [] : lineNumbers();
    case "placeholder":
      return typeof p.placeholder === "string" && p.placeholder !== ""
        ? placeholder(p.placeholder)
        : [];
    case "tabSize": {
      const size =
        typeof p.tabSize === "number" && p.tabSize >= 1 ? Math.min(16, Math.round(p.tabSize)) : 4;
      return [EditorState.tabSize.of(size), indentUnit.of(" ".repeat(size))];
    }
    case "label":
      return EditorView.contentAttributes.of({
        "aria-label": typeof p.label === "string" && p.label !== "" ? p.label : "Code editor",
      });
    case "dark":
      editor.dark = editor.ctx.dark;
      return EditorView.darkTheme.of(editor.dark);
  }
}

const PROP_SLOTS: ReadonlyArray<[Exclude<Slot, "language">, readonly string[]]> = [
  ["editable", ["readOnly", "disabled"]],
  ["gutter", ["lineNumbers"]],
  ["placeholder", ["placeholder"]],
  ["tabSize", ["tabSize"]],
  ["label", ["label"]],
  ["dark", []],
];

/** Brings the slots whose props changed up to date, in one transaction. */
function reconfigure(editor: Live, changed: ReadonlySet<string> | "all"): void {
  const effects = PROP_SLOTS.filter(
    ([slot, props]) =>
      changed === "all" ||
      (slot === "dark" ? editor.ctx.dark !== editor.dark : props.some((n) => changed.has(n))),
  ).map(([slot]) => editor.compartments[slot].reconfigure(configured(editor, slot)));
  if (effects.length > 0) editor.view.dispatch({ effects });
}

/** Shows the server's `value` unless the editor already holds it. */
function showValue(editor: Live): void {
  const value = text(editor.ctx.props.value);
  const { state } = editor.view;
  if (state.doc.toString() === value) return;
  if (editor.timer !== undefined) {
    clearTimeout(editor.timer);
    editor.timer = undefined;
  }
  const head = Math.min(state.selection.main.head, value.length);
  editor.view.dispatch({
    changes: { from: 0, to: state.doc.length, insert: value },
    selection: { anchor: head },
    annotations: fromServer.of(true),
  });
}

/** Loads the grammar of the current `language` and switches to it once it is there. */
function showLanguage(editor: Live): void {
  const language = editor.ctx.props.language ?? "plain";
  if (language === editor.language) return;
  editor.language = language;
  loadLanguage(language).then(
    (extension) => {
      // A newer language was asked for meanwhile, or the editor is gone.
      if (editor.language !== language || !live.has(editor)) return;
      editor.view.dispatch({ effects: editor.compartments.language.reconfigure(extension) });
    },
    (error: unknown) => {
      editor.language = undefined;
      console.error(`flet-codemirror: could not load the ${String(language)} grammar`, error);
    },
  );
}

// The page's theme changed (its mode, or the system's with the mode on "system"): CodeMirror's
// own light/dark defaults follow (our colours follow by themselves through CSS).
const redarken = () => {
  for (const editor of live) reconfigure(editor, new Set());
};
onPageChange((_props, changed) => {
  if (changed.has("themeMode") || changed.has("theme") || changed.has("darkTheme")) redarken();
});
matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => setTimeout(redarken));
// Leaving the page: send what is still waiting.
addEventListener("pagehide", () => {
  for (const editor of live) flush(editor);
});

/** The renderer of `codemirror.editor`. */
export const codeEditorRenderer: Renderer<HTMLElement> = {
  create(ctx) {
    installStyles();
    const host = document.createElement("div");
    host.className = "flet-codemirror";
    const compartments = {
      language: new Compartment(),
      editable: new Compartment(),
      gutter: new Compartment(),
      placeholder: new Compartment(),
      tabSize: new Compartment(),
      label: new Compartment(),
      dark: new Compartment(),
    };
    let editor!: Live;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: text(ctx.props.value),
        extensions: [
          minimalSetup,
          keymap.of([indentWithTab]),
          indentOnInput(),
          bracketMatching(),
          syntaxHighlighting(highlightStyle),
          editorTheme,
          ...Object.values(compartments).map((compartment) => compartment.of([])),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((tr) => tr.annotation(fromServer)))
              schedule(editor);
            if (update.focusChanged) {
              if (update.view.hasFocus) ctx.send("focus");
              else {
                flush(editor);
                ctx.send("blur");
              }
            }
          }),
        ],
      }),
    });
    editor = {
      view,
      ctx,
      host,
      compartments,
      timer: undefined,
      language: undefined,
      dark: undefined,
    };
    editors.set(host, editor);
    live.add(editor);
    // Unset props have their defaults too (`changed` names only the set ones).
    reconfigure(editor, "all");
    showLanguage(editor);
    // Disabled with a disabled container too (flet-ts calls back when that changes).
    focusable(view.contentDOM, ctx.props.disabled === true, () =>
      reconfigure(editor, new Set(["disabled"])),
    );
    return host;
  },
  update(host, ctx, changed) {
    const editor = editors.get(host)!;
    editor.ctx = ctx;
    applyCommonProps(host, ctx, changed);
    if (changed.has("value")) showValue(editor);
    if (changed.has("language")) showLanguage(editor);
    reconfigure(editor, changed);
    if (changed.has("disabled"))
      focusable(editor.view.contentDOM, ctx.props.disabled === true, () =>
        reconfigure(editor, new Set(["disabled"])),
      );
  },
  destroy(host) {
    const editor = editors.get(host);
    if (editor === undefined) return;
    flush(editor);
    live.delete(editor);
    editor.view.destroy();
  },
  methods: {
    // The server's `focus()`: true when the editor has the focus.
    focus(host) {
      const view = editors.get(host)?.view;
      if (view === undefined || isDisabled(host)) return false;
      view.focus();
      return view.hasFocus;
    },
  },
};
