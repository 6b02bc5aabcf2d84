/**
 * Builds the script that renders first views on the server: the browser runtime, every
 * pack's browser entry and `src/browser/ssr-render.ts`, as one classic script. Lazy
 * renderers are inside it too (esbuild inlines `import()` without code splitting): the
 * server loads those a page uses before drawing it.
 * @internal
 * @module
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type BundledPack, PACK_ENTRIES, packageRoot } from "../../browser/bundle.js";

/** The global the script sets: what `ssr-render.ts` exports. @internal */
export const SSR_GLOBAL = "__fletSsr";

/** A browser source of flet-ts: the TypeScript file in a checkout, else its compiled twin. */
function source(root: string, file: string): string {
  if (existsSync(join(root, file))) return file;
  return join("dist", file.replace(/\.ts$/, ".js"));
}

/**
 * The server-render script for the built-in packs plus `installed` (esbuild, about a
 * second; callers keep the result for the life of the app). @internal
 */
export async function buildSsrScript(installed: readonly BundledPack[]): Promise<string> {
  const { build } = await import("esbuild");
  const root = packageRoot();
  const runtime = `./${source(root, "src/browser/index.ts")}`;
  const packs = PACK_ENTRIES.map((entry) => source(root, entry)).filter((p) =>
    existsSync(join(root, p)),
  );
  const lines = [
    `import ${JSON.stringify(`./${source(root, "src/browser/ssr-prelude.ts")}`)};`,
    `import ${JSON.stringify(runtime)};`,
    ...packs.map((entry) => `import ${JSON.stringify(`./${entry}`)};`),
    ...installed.map((pack) => `import ${JSON.stringify(pack.browser)};`),
    `export { renderView } from ${JSON.stringify(`./${source(root, "src/browser/ssr-render.ts")}`)};`,
  ];
  const result = await build({
    stdin: { contents: lines.join("\n"), resolveDir: root, loader: "ts" },
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: "iife",
    globalName: SSR_GLOBAL,
    target: "es2022",
    platform: "browser",
    // Styles are the client's stylesheet, inlined in the page; fonts load from it.
    loader: { ".css": "empty", ".woff2": "empty", ".woff": "empty", ".ttf": "empty" },
    alias: {
      "flet-ts/browser": runtime,
      "flet-ts/client": `./${source(root, "src/client/index.ts")}`,
    },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}
