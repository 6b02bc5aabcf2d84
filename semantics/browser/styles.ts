/**
 * The semantics pack's stylesheet, installed once per document.
 * @module
 */

const CSS = `
.flet-semantics, .flet-merge-semantics { display: flex; flex-direction: column; min-width: 0; }
.flet-merge-semantics > .flet-merge-body { display: contents; }
/* Semantics adds no layout (src/browser/fill.ts): the content of a merge body fills it too. */
.flet-merge-semantics > .flet-merge-body > * { align-self: stretch; flex: 1 1 auto; min-width: 0; min-height: 0; }
.flet-lines-y > .flet-merge-semantics:has(> .flet-merge-body > .flet-fill-x) { align-self: stretch; }
.flet-semantics:focus-visible, .flet-merge-semantics:focus-visible {
  outline: 3px solid var(--md-sys-color-primary, #005ac1); outline-offset: 2px; border-radius: 4px;
}
.flet-visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
`;

/**
 * Adds the pack's styles to the document (once).
 *
 * @example
 * ```ts
 * installSemanticsStyles();
 * ```
 */
export function installSemanticsStyles(): void {
  if (document.getElementById("flet-semantics-styles")) return;
  const style = document.createElement("style");
  style.id = "flet-semantics-styles";
  style.textContent = CSS;
  document.head.append(style);
}
