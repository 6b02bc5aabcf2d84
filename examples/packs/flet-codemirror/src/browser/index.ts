/**
 * The browser entry of `flet-codemirror` (the `"flet-ts".browser` field of package.json).
 * It stays tiny: it only registers `codemirror.editor` as a lazy renderer. CodeMirror,
 * the renderer and its stylesheet are in the chunk `import()` makes, fetched the first
 * time a page shows an editor; each language's grammar is a further chunk.
 *
 * @example
 * ```ts
 * import "flet-codemirror/browser";
 * ```
 * @module
 */
import { defineLazyRenderer } from "flet-ts/browser";

defineLazyRenderer("codemirror.editor", () =>
  import("./editor.js").then((module) => module.codeEditorRenderer),
);
