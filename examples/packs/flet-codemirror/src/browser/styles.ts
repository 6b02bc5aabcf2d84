/**
 * The editor's looks, in the lazily loaded chunk with the renderer: the host element's
 * layout (a constructed style sheet, added once when the first editor is created) and
 * CodeMirror's theme and highlighting (CodeMirror adds those itself). Every colour is a
 * Material role variable of the page's theme or a `light-dark()` pair, so the editor
 * follows the page's light and dark themes without redrawing.
 * @module
 */
import { HighlightStyle } from "@codemirror/language";
import { EditorView } from "@codemirror/view";
import { tags as t } from "@lezer/highlight";

const HOST_CSS = `
.flet-codemirror{display:flex;flex-direction:column;min-width:0;min-height:0;box-sizing:border-box}
.flet-codemirror>.cm-editor{flex:1 1 auto;min-height:0}
.flet-codemirror.flet-disabled>.cm-editor{opacity:.38}
`;

let installed = false;

/** Adds the host's style sheet to the document, once (CSP-safe: a constructed sheet). */
export function installStyles(): void {
  if (installed) return;
  installed = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HOST_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const role = (name: string, fallback: string) => `var(--md-sys-color-${name},${fallback})`;

/** CodeMirror's theme: Material 3 surface, outline and primary colours. */
export const editorTheme = EditorView.theme({
  "&": {
    color: role("on-surface", "#1d1b20"),
    backgroundColor: role("surface", "#fef7ff"),
    border: `1px solid ${role("outline", "#79747e")}`,
    borderRadius: "4px",
    fontSize: "14px",
  },
  "&.cm-focused": {
    outline: `2px solid ${role("primary", "#6750a4")}`,
    outlineOffset: "-1px",
  },
  ".cm-scroller": {
    fontFamily: "ui-monospace, 'Cascadia Mono', 'Roboto Mono', Menlo, Consolas, monospace",
    lineHeight: "1.5",
    borderRadius: "4px",
  },
  ".cm-content": { caretColor: role("primary", "#6750a4"), padding: "8px 0" },
  ".cm-line": { padding: "0 12px" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: role("primary", "#6750a4") },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
    {
      backgroundColor: `color-mix(in srgb, ${role("primary", "#6750a4")} 24%, transparent)`,
    },
  ".cm-gutters": {
    backgroundColor: role("surface-container-low", "#f7f2fa"),
    color: role("on-surface-variant", "#49454f"),
    borderRight: `1px solid ${role("outline-variant", "#cac4d0")}`,
    borderRadius: "4px 0 0 4px",
  },
  ".cm-lineNumbers .cm-gutterElement": { padding: "0 8px 0 12px" },
  ".cm-placeholder": { color: role("on-surface-variant", "#49454f") },
  ".cm-matchingBracket, &.cm-focused .cm-matchingBracket": {
    backgroundColor: `color-mix(in srgb, ${role("tertiary", "#7d5260")} 22%, transparent)`,
    outline: "none",
  },
  ".cm-nonmatchingBracket, &.cm-focused .cm-nonmatchingBracket": {
    backgroundColor: `color-mix(in srgb, ${role("error", "#b3261e")} 22%, transparent)`,
  },
});

/** A colour for the light theme and one for the dark (GitHub's, AA on both surfaces). */
const pair = (light: string, dark: string) => `light-dark(${light}, ${dark})`;

/** Syntax colours. */
export const highlightStyle = HighlightStyle.define([
  {
    tag: [t.keyword, t.controlKeyword, t.moduleKeyword, t.operatorKeyword],
    color: pair("#cf222e", "#ff7b72"),
  },
  { tag: [t.string, t.special(t.string), t.regexp], color: pair("#0a3069", "#a5d6ff") },
  {
    tag: [t.comment, t.lineComment, t.blockComment],
    color: pair("#57606a", "#9198a1"),
    fontStyle: "italic",
  },
  { tag: [t.number, t.bool, t.null, t.atom], color: pair("#0550ae", "#79c0ff") },
  {
    tag: [t.function(t.variableName), t.function(t.propertyName)],
    color: pair("#8250df", "#d2a8ff"),
  },
  {
    tag: [t.definition(t.variableName), t.typeName, t.className, t.namespace],
    color: pair("#953800", "#ffa657"),
  },
  { tag: [t.propertyName, t.attributeName], color: pair("#0550ae", "#79c0ff") },
  { tag: [t.tagName, t.angleBracket], color: pair("#116329", "#7ee787") },
  { tag: t.heading, color: pair("#0550ae", "#79c0ff"), fontWeight: "bold" },
  { tag: t.emphasis, fontStyle: "italic" },
  { tag: t.strong, fontWeight: "bold" },
  { tag: t.link, textDecoration: "underline" },
  { tag: t.invalid, color: pair("#82071e", "#ffa198") },
]);
