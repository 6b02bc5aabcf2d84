/**
 * A code playground built with a third-party pack that wraps an npm component library,
 * `flet-codemirror` (examples/packs/flet-codemirror): a CodeMirror 6 editor whose text is
 * the server's `value`. The server counts the lines as the user types, resets the text,
 * switches the language and the read-only mode. CodeMirror loads only when the editor is
 * first shown.
 */

import { CodeEditor, CodeLanguage } from "flet-codemirror";
import * as ft from "flet-ts";

export const title = "Code playground";
export const description = "A third-party pack wrapping CodeMirror 6, loaded on first use.";

/** The text the editor starts with (and gets back on Reset), per language. */
export const samples: Readonly<Record<"python" | "javascript", string>> = {
  python: [
    "def greet(name: str) -> str:",
    '    """Say hello."""',
    '    return f"Hello, {name}!"  # an f-string',
    "",
    'print(greet("flet-ts"))',
    "",
  ].join("\n"),
  javascript: [
    "function greet(name) {",
    "  // a template literal",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source shown in the editor
    "  return `Hello, ${name}!`;",
    "}",
    "",
    'console.log(greet("flet-ts"));',
    "",
  ].join("\n"),
};

/** "3 lines, 42 characters". */
export const summary = (text: string) =>
  `${text.split("\n").length} lines, ${text.length} characters`;

export function main(page: ft.Page): void {
  page.title = "Code playground";
  page.scroll = ft.ScrollMode.AUTO;
  const status = new ft.Text(`Server has ${summary(samples.python)}`);
  const editor = new CodeEditor(samples.python, {
    label: "Source code",
    language: CodeLanguage.PYTHON,
    placeholder: "Write some code",
    height: 220,
    onChange: (e) => {
      status.value = `Server has ${summary(e.control.value ?? "")}`;
    },
  });
  const language = new ft.Dropdown({
    label: "Language",
    value: "python",
    width: 180,
    options: [
      new ft.dropdown.Option("python", { text: "Python" }),
      new ft.dropdown.Option("javascript", { text: "JavaScript" }),
    ],
    onChange: (e) => {
      const chosen = (e.control.value ?? "python") as keyof typeof samples;
      editor.language = chosen;
      editor.value = samples[chosen];
      status.value = `Server has ${summary(samples[chosen])}`;
    },
  });
  const reset = new ft.OutlinedButton("Reset", {
    icon: ft.icons.RESTART_ALT,
    onClick: () => {
      const chosen = (language.value ?? "python") as keyof typeof samples;
      editor.value = samples[chosen];
      status.value = `Server has ${summary(samples[chosen])}`;
    },
  });
  const readOnly = new ft.Switch({
    label: "Read only",
    onChange: (e) => {
      editor.readOnly = e.control.value === true;
    },
  });
  page.add(
    new ft.Text("Code playground", { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    new ft.Row({
      spacing: 16,
      verticalAlignment: ft.CrossAxisAlignment.CENTER,
      controls: [language, reset, readOnly],
    }),
    new ft.Container({ width: 560, content: editor }),
    status,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await ft.app(main);
