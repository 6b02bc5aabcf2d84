/**
 * `flet-codemirror`: an example flet-ts control pack wrapping CodeMirror 6. The server
 * entry: import the classes you use (importing registers them).
 *
 * @example
 * ```ts
 * import * as ft from "flet-ts";
 * import { CodeEditor, CodeLanguage } from "flet-codemirror";
 *
 * await ft.app((page) => page.add(new CodeEditor("x = 1\n", { language: CodeLanguage.PYTHON })));
 * ```
 * @module
 */
export { CodeEditor, CodeLanguage } from "./code-editor.js";
export { PACK_INFO } from "./pack-info.js";
