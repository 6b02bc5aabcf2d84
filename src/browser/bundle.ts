/**
 * Node side: builds the browser client (the runtime plus the browser entries of the
 * built-in packs) with esbuild, and caches it in memory, on disk
 * (`node_modules/.cache/flet-ts/`) and, for the published package, as the prebuilt
 * `dist/browser/flet-client.js` (see `scripts/build-client.mjs`).
 * @module
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ErrorCode, FletError } from "../core/errors.js";

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

/**
 * The chunks of `bundle` that load with the entry: those it imports statically, and
 * theirs in turn (esbuild splits code shared by the entry and lazy modules into such
 * chunks). The rest load on demand through `import()`.
 */
export function startChunks(bundle: ClientBundle): string[] {
  const start = new Set<string>();
  const visit = (code: string) => {
    for (const match of code.matchAll(/(?:from|import)\s*["']\.\/(chunk-[\w-]+\.js)["']/g)) {
      const name = match[1]!;
      if (start.has(name) || bundle.chunks[name] === undefined) continue;
      start.add(name);
      visit(bundle.chunks[name]);
    }
  };
  visit(bundle.js);
  return [...start];
}

/** A third-party pack to bundle: its npm name, version and browser entry (absolute path). */
export interface BundledPack {
  readonly name: string;
  readonly version: string;
  readonly browser: string;
}

/** Options of {@link buildClientBundle}. */
export interface ClientBundleOptions {
  /** Dev build: inline source maps, no minification of names. Default false. */
  dev?: boolean;
  /** Include the built-in packs' renderers. Default true (false measures the core alone). */
  packs?: boolean;
  /**
   * Installed third-party packs (see `findPacks`): their browser entries are bundled and
   * their versions embedded, so the server can refuse a page holding other versions.
   */
  installed?: readonly BundledPack[];
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

/**
 * A browser source of flet-ts: the TypeScript file in a source checkout, else its compiled
 * twin under `dist/` (a published package ships no sources).
 */
function source(root: string, file: string): string {
  if (existsSync(join(root, file))) return file;
  const compiled = join("dist", file.replace(/\.ts$/, ".js"));
  return existsSync(join(root, compiled)) ? compiled : file;
}

/** The package root (where package.json is), from this file in src/ or dist/src/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new FletError(
        ErrorCode.CLIENT_BUNDLE_MISSING,
        `Expected flet-ts's package.json above ${fileURLToPath(import.meta.url)}, but found none. Reinstall flet-ts.`,
      );
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
  const builtIn =
    options.packs === false
      ? []
      : PACK_ENTRIES.map((entry) => source(root, entry)).filter((p) => existsSync(join(root, p)));
  const installed = options.installed ?? [];
  const manifest = Object.fromEntries(installed.map((pack) => [pack.name, pack.version]));
  const runtime = `./${source(root, "src/browser/index.ts")}`;
  const lines = [
    `import ${JSON.stringify("./src/browser/styles.css")};`,
    `import { startClient } from ${JSON.stringify(runtime)};`,
    ...builtIn.map((entry) => `import ${JSON.stringify(`./${entry}`)};`),
    ...installed.map((pack) => `import ${JSON.stringify(pack.browser)};`),
    ...(options.entries ?? []).map((entry) => `import ${JSON.stringify(entry)};`),
    `startClient({ packs: ${JSON.stringify(manifest)} });`,
  ];
  const extra = new Set(options.entries ?? []);
  const entry: import("esbuild").Plugin = {
    name: "flet-client-entry",
    setup(build) {
      build.onResolve({ filter: /^flet-client-entry$/ }, () => ({
        path: "flet-client-entry",
        namespace: "flet-entry",
      }));
      // The extra entries (test fixtures) are loose files imported for their effect; a
      // package's `sideEffects` list has no reason to name them.
      build.onResolve({ filter: /.*/, namespace: "flet-entry" }, (args) =>
        extra.has(args.path) ? { path: args.path, sideEffects: true } : undefined,
      );
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
    // Side effects are as each package.json declares them: flet-ts's and every pack's
    // `sideEffects` lists the modules that register renderers or load CSS.
    plugins: [entry],
    metafile: true,
    logLevel: "silent",
    // One runtime for everyone: packs installed anywhere import this very copy.
    alias: {
      "flet-ts/browser": runtime,
      "flet-ts/client": `./${source(root, "src/client/index.ts")}`,
    },
    define: { "process.env.NODE_ENV": options.dev ? '"development"' : '"production"' },
  });
  droppedPacks(root, installed, result.metafile);
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
 * Throws `FLET_ERR_PACK_INVALID` when a pack's browser entry is not in the bundle: its
 * package.json claims `sideEffects: false` (or a list without the entry), so the bundler
 * dropped the module that registers the renderers, as any bundler of the app's would.
 */
function droppedPacks(
  root: string,
  installed: readonly BundledPack[],
  metafile: import("esbuild").Metafile,
): void {
  const bundled = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const input of Object.keys(output.inputs)) bundled.add(resolve(root, input));
  }
  for (const pack of installed) {
    let browser = pack.browser;
    try {
      browser = realpathSync(pack.browser);
    } catch {
      // esbuild reported a missing file already.
    }
    if (bundled.has(browser)) continue;
    throw new FletError(
      ErrorCode.PACK_INVALID,
      `Expected the browser entry of ${pack.name} (${pack.browser}) in the client, but the bundler dropped it: the pack's package.json "sideEffects" does not list it. List the module that registers the renderers, e.g. "sideEffects": ["./dist/browser/index.js"], instead of "sideEffects": false.`,
      { pack: pack.name, browser: pack.browser },
    );
  }
}

const memory = new Map<string, Promise<ClientBundle>>();

/** Options of {@link getClientBundle}. */
export interface GetClientBundleOptions {
  /** Dev build (source maps, readable names). Default false. */
  dev?: boolean;
  /** Installed third-party packs to include (see `findPacks`). Default none. */
  installed?: readonly BundledPack[];
  /** Told about a real build (not a cache hit) as it starts and ends: long steps show progress. */
  log?: (line: string) => void;
}

/**
 * The browser client bundle, built once per process for each set of packs: the prebuilt
 * `dist/browser/flet-client.js` when present and fresh (and no third-party packs are
 * installed), else a disk-cached build, else a new build (about a second). Call it at
 * startup so the first request is fast.
 *
 * @example
 * ```ts
 * const { js, css } = await getClientBundle({ installed: findPacks(process.cwd()) });
 * ```
 */
export function getClientBundle(options: GetClientBundleOptions = {}): Promise<ClientBundle> {
  const installed = options.installed ?? [];
  const key = JSON.stringify([
    options.dev === true,
    installed.map((p) => [p.name, p.version, p.browser]),
  ]);
  let bundle = memory.get(key);
  if (bundle === undefined) {
    bundle = loadBundle(options.dev === true, installed, options.log);
    memory.set(key, bundle);
    bundle.catch(() => memory.delete(key));
  }
  return bundle;
}

/** Forgets the bundles built in this process (the disk cache stays). @internal */
export function forgetBundles(): void {
  memory.clear();
}

function readCached(root: string, file: string, prebuilt = false): CachedBundle | undefined {
  try {
    const cached = JSON.parse(readFileSync(file, "utf8")) as CachedBundle;
    return fresh(root, cached, prebuilt) ? cached : undefined;
  } catch {
    return undefined;
  }
}

/** Where builds are cached: the app's `node_modules/.cache` (flet-ts may sit inside it). */
function cacheDir(root: string): string {
  const inside = root.indexOf("/node_modules/");
  return join(inside === -1 ? root : root.slice(0, inside), "node_modules/.cache/flet-ts");
}

async function loadBundle(
  dev: boolean,
  installed: readonly BundledPack[],
  log: ((line: string) => void) | undefined,
): Promise<ClientBundle> {
  const root = packageRoot();
  if (!dev && installed.length === 0) {
    const prebuilt = readCached(root, join(root, "dist/browser/flet-client.json"), true);
    if (prebuilt) return { js: prebuilt.js, css: prebuilt.css, chunks: prebuilt.chunks ?? {} };
  }
  const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  const packs = installed.map((p) => `${p.name}@${p.version}:${p.browser}`).join(",");
  const key = createHash("sha256")
    .update(`${version}|${dev}|${root}|${packs}`)
    .digest("hex")
    .slice(0, 16);
  const file = join(cacheDir(root), `client-${key}.json`);
  const cached = readCached(root, file);
  if (cached?.chunks) return { js: cached.js, css: cached.css, chunks: cached.chunks };
  const names = installed.map((p) => `${p.name}@${p.version}`).join(", ");
  log?.(`bundling the browser client${names ? ` with ${names}` : ""}…`);
  const started = performance.now();
  const built = await buildClientBundle({ dev, installed });
  log?.(`bundled the browser client in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(built));
  } catch {
    // A read-only install still works; it just builds once per process.
  }
  return { js: built.js, css: built.css, chunks: built.chunks };
}
