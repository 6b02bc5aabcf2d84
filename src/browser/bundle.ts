/**
 * Node side: builds the browser client (the runtime plus the browser entries of the
 * built-in packs) with esbuild, and caches it in memory, on disk
 * (`node_modules/.cache/flet-ts/`) and, for the published package, as the prebuilt
 * `dist/browser/flet-client.js` (see `scripts/build-client.mjs`).
 * @module
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The client bundle: the entry ES module, its stylesheet, and the chunks it imports
 * lazily (heavy component groups load only when a page needs them).
 */
export interface ClientBundle {
  js: string;
  css: string;
  /** Lazily imported modules, by file name (`chunk-ABCD1234.js`), served beside the entry. */
  chunks: Record<string, string>;
}

/** Options of {@link buildClientBundle}. */
export interface ClientBundleOptions {
  /** Dev build: inline source maps, no minification of names. Default false. */
  dev?: boolean;
  /** Include the built-in packs' renderers. Default true (false measures the core alone). */
  packs?: boolean;
  /** More browser entries to bundle after the packs (absolute paths), e.g. test fixtures. */
  entries?: string[];
}

interface CachedBundle extends ClientBundle {
  /** Input files (relative to the package root) → `mtime:size` when built. */
  inputs: Record<string, string>;
}

/** The built-in packs' browser entries, bundled when present. */
export const PACK_ENTRIES = [
  "controls/browser/index.ts",
  "cupertino/browser/index.ts",
  "semantics/browser/index.ts",
];

/** The package root (where package.json is), from this file in src/ or dist/src/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("flet-ts: cannot find the package root.");
    dir = parent;
  }
  return dir;
}

function stamp(file: string): string | undefined {
  try {
    const stats = statSync(file);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return undefined;
  }
}

/**
 * True while every input is as it was. For the prebuilt bundle (`prebuilt`), dependencies
 * are not checked and missing sources are fine: a published package ships no sources.
 */
function fresh(root: string, cached: CachedBundle, prebuilt = false): boolean {
  // A pack entry added since the build is not among its inputs: rebuild.
  const missing = PACK_ENTRIES.some(
    (entry) => existsSync(join(root, entry)) && !(entry in cached.inputs),
  );
  if (missing) return false;
  return Object.entries(cached.inputs).every(([file, when]) => {
    if (prebuilt && file.includes("node_modules")) return true;
    const now = stamp(join(root, file));
    return now === when || (prebuilt && now === undefined);
  });
}

/**
 * Builds the client bundle with esbuild (ESM, es2022, minified; inline source maps in dev).
 * Most callers want the cached {@link getClientBundle}.
 */
export async function buildClientBundle(options: ClientBundleOptions = {}): Promise<CachedBundle> {
  const { build } = await import("esbuild");
  const root = packageRoot();
  const packs =
    options.packs === false ? [] : PACK_ENTRIES.filter((p) => existsSync(join(root, p)));
  const lines = [
    `import ${JSON.stringify("./src/browser/styles.css")};`,
    `import { startClient } from ${JSON.stringify("./src/browser/index.ts")};`,
    ...packs.map((entry) => `import ${JSON.stringify(`./${entry}`)};`),
    ...(options.entries ?? []).map((entry) => `import ${JSON.stringify(entry)};`),
    "startClient();",
  ];
  const entry: import("esbuild").Plugin = {
    name: "flet-client-entry",
    setup(build) {
      build.onResolve({ filter: /^flet-client-entry$/ }, () => ({
        path: "flet-client-entry",
        namespace: "flet-entry",
      }));
      build.onLoad({ filter: /.*/, namespace: "flet-entry" }, () => ({
        contents: lines.join("\n"),
        resolveDir: root,
        loader: "ts",
      }));
    },
  };
  const result = await build({
    entryPoints: { client: "flet-client-entry" },
    absWorkingDir: root,
    bundle: true,
    write: false,
    outdir: "out",
    // Lazy component groups (`import()` in the packs) become chunks the entry loads on demand.
    splitting: true,
    chunkNames: "chunk-[hash]",
    format: "esm",
    target: "es2022",
    platform: "browser",
    minify: !options.dev,
    sourcemap: options.dev ? "inline" : false,
    plugins: [entry, keepRegistrations],
    metafile: true,
    logLevel: "silent",
    alias: {
      "flet-ts/browser": "./src/browser/index.ts",
      "flet-ts/client": "./src/client/index.ts",
    },
    define: { "process.env.NODE_ENV": options.dev ? '"development"' : '"production"' },
  });
  const output = (name: string) =>
    result.outputFiles.find((f) => f.path.endsWith(`/${name}`))?.text ?? "";
  const chunks: Record<string, string> = {};
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf("/") + 1);
    if (name.startsWith("chunk-") && name.endsWith(".js")) chunks[name] = file.text;
  }
  const inputs: Record<string, string> = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const path = resolve(root, file);
    const when = stamp(path);
    if (when !== undefined) inputs[relative(root, path)] = when;
  }
  return { js: output("client.js"), css: output("client.css"), chunks, inputs };
}

/**
 * Renderers register themselves on import, but flet-ts's (and a pack's) package.json
 * says `sideEffects: false` for Node consumers, which would let esbuild drop
 * `import "./text.js"`. Every file outside node_modules keeps its side effects.
 */
const keepRegistrations: import("esbuild").Plugin = {
  name: "flet-keep-registrations",
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === "flet-resolving" || args.importer.includes("node_modules")) return;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: "flet-resolving",
      });
      if (resolved.errors.length > 0 || resolved.path.includes("node_modules")) return;
      return { path: resolved.path, sideEffects: true };
    });
  },
};

const memory = new Map<string, Promise<ClientBundle>>();

/**
 * The browser client bundle, built once per process: the prebuilt
 * `dist/browser/flet-client.js` when present and fresh, else a disk-cached build, else a
 * new build (about a second). Call it at startup so the first request is fast.
 *
 * @example
 * ```ts
 * const { js, css } = await getClientBundle();
 * ```
 */
export function getClientBundle(options: { dev?: boolean } = {}): Promise<ClientBundle> {
  const key = options.dev ? "dev" : "prod";
  let bundle = memory.get(key);
  if (bundle === undefined) {
    bundle = loadBundle(options.dev === true);
    memory.set(key, bundle);
    bundle.catch(() => memory.delete(key));
  }
  return bundle;
}

function readCached(root: string, file: string, prebuilt = false): CachedBundle | undefined {
  try {
    const cached = JSON.parse(readFileSync(file, "utf8")) as CachedBundle;
    return fresh(root, cached, prebuilt) ? cached : undefined;
  } catch {
    return undefined;
  }
}

async function loadBundle(dev: boolean): Promise<ClientBundle> {
  const root = packageRoot();
  if (!dev) {
    const prebuilt = readCached(root, join(root, "dist/browser/flet-client.json"), true);
    if (prebuilt) return { js: prebuilt.js, css: prebuilt.css, chunks: prebuilt.chunks ?? {} };
  }
  const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  const key = createHash("sha256").update(`${version}|${dev}|${root}`).digest("hex").slice(0, 16);
  const file = join(root, "node_modules/.cache/flet-ts", `client-${key}.json`);
  const cached = readCached(root, file);
  if (cached?.chunks) return { js: cached.js, css: cached.css, chunks: cached.chunks };
  const built = await buildClientBundle({ dev });
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(built));
  } catch {
    // A read-only install still works; it just builds once per process.
  }
  return { js: built.js, css: built.css, chunks: built.chunks };
}
