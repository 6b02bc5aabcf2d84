/**
 * The grammars of {@link CodeLanguage}: each is imported on first use (a chunk of its
 * own), so an editor of Python code never fetches the HTML grammar.
 * @module
 */
import type { Extension } from "@codemirror/state";

const LOADERS: Readonly<Record<string, () => Promise<Extension>>> = {
  javascript: () => import("@codemirror/lang-javascript").then((m) => m.javascript()),
  typescript: () =>
    import("@codemirror/lang-javascript").then((m) => m.javascript({ typescript: true })),
  python: () => import("@codemirror/lang-python").then((m) => m.python()),
  json: () => import("@codemirror/lang-json").then((m) => m.json()),
  css: () => import("@codemirror/lang-css").then((m) => m.css()),
  html: () => import("@codemirror/lang-html").then((m) => m.html()),
  markdown: () => import("@codemirror/lang-markdown").then((m) => m.markdown()),
};

const loaded = new Map<string, Promise<Extension>>();

/**
 * The extension that highlights `name` (an empty one for `plain` and unknown names),
 * loaded once. A grammar that fails to load is retried on the next call.
 */
export function loadLanguage(name: unknown): Promise<Extension> {
  const load = typeof name === "string" ? LOADERS[name] : undefined;
  if (load === undefined) return Promise.resolve([]);
  let promise = loaded.get(name as string);
  if (promise === undefined) {
    promise = load();
    promise.catch(() => loaded.delete(name as string));
    loaded.set(name as string, promise);
  }
  return promise;
}
