/**
 * Node side of `flet-ts build --static`: bundles the app (with the session, tree and
 * controls: the code that runs in Node) into a browser Worker script, writes the client
 * bundle, its fonts and an index.html beside it: a folder any static host can serve.
 * @module
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import type { Plugin } from "esbuild";
import { getClientBundle, packageRoot } from "../browser/bundle.js";
import { staticFiles } from "../browser/static-files.js";
import { ErrorCode, FletError } from "../core/errors.js";
import { BROWSER_CONFIG_GLOBAL, type BrowserConfig } from "../protocol/browser-config.js";
import { PROTOCOL_VERSION } from "../protocol/messages.js";
import { BUILT_IN_FAVICON, FAVICON_SVG } from "../server/favicon.js";
import { findPacks } from "../server/find-packs.js";
import { staticIndexHtml } from "./index-page.js";

/** An error or warning of the bundler, with where it points. */
interface BundlerMessage {
  readonly text: string;
  readonly location?: { readonly file: string; readonly line: number } | null;
}

/** The bundler's messages as lines `file:line: text`, server names said as such. */
function said(messages: readonly BundlerMessage[], umbrella: string): string {
  return messages
    .map((m) => {
      const text = serverOnlyName(m.text, umbrella) ?? m.text;
      return m.location ? `${m.location.file}:${m.location.line}: ${text}` : text;
    })
    .join("\n");
}

/** Where the Worker script goes, relative to the output folder. */
export const WORKER_FILE = "_flet/app-worker.js";

/** Options of {@link buildStatic}. */
export interface StaticBuildOptions {
  /** The app file (TypeScript or JavaScript): it exports `main`, or calls `ft.app(main)`. */
  app: string;
  /** The output folder (emptied first). */
  out: string;
  /** The window title until the app sets one. Default: the app file's name. */
  appName?: string;
  /** Dev build: not minified, inline source maps. Default false. */
  dev?: boolean;
}

/** What {@link buildStatic} wrote. */
export interface StaticBuildResult {
  /** The output folder (absolute). */
  out: string;
  /** Every file written, relative to `out`. */
  files: string[];
  /** The source files bundled into the Worker (relative to the package root, as esbuild names them). */
  workerInputs: string[];
  /** Bytes of the Worker script. */
  workerBytes: number;
}

/** The TypeScript source in a checkout, else its compiled twin under `dist/`. */
function source(root: string, file: string): string {
  if (existsSync(join(root, file))) return join(root, file);
  return join(root, "dist", file.replace(/\.ts$/, ".js"));
}

const BUILTINS = new Set(builtinModules);

/** `flet-ts` entry points that run in the Worker: the same sources as the umbrella's. */
const SUBPATHS: Readonly<Record<string, string>> = {
  "flet-ts/pack": "src/pack.ts",
  "flet-ts/protocol": "src/protocol.ts",
  "flet-ts/controls": "controls/index.ts",
  "flet-ts/cupertino": "cupertino/index.ts",
  "flet-ts/semantics": "semantics/index.ts",
};

/** `flet-ts` entry points that are a server (adapters) or test Node code. */
const SERVER_SUBPATHS = new Set([
  "flet-ts/express",
  "flet-ts/fastify",
  "flet-ts/koa",
  "flet-ts/hono",
  "flet-ts/testing",
]);

const staticHint =
  "A static build runs the app in the browser, with no server: use only what runs there, or serve the app with `flet-ts run` instead.";

/**
 * The bundler's complaints about names the static `flet-ts` lacks (the server's
 * `WebApp`, `findPacks`...), said as what they are. Others are left as they came.
 */
function serverOnlyName(text: string, umbrella: string): string | undefined {
  const name =
    /^No matching export in "([^"]+)" for import "([^"]+)"/.exec(text) ??
    /^Import "([^"]+)" will always be undefined because there is no matching export in "([^"]+)"/.exec(
      text,
    );
  if (!name) return undefined;
  const [file, imported] = text.startsWith("No") ? [name[1]!, name[2]!] : [name[2]!, name[1]!];
  if (resolve(packageRoot(), file) !== umbrella) return undefined;
  return `Expected only what runs in the browser, but the app uses "${imported}" from flet-ts, which belongs to its server (not in a static build). ${staticHint}`;
}

/**
 * The static build's resolver: `flet-ts` becomes the static umbrella (`ft.app` starts the
 * Worker), the session's worker-thread executor becomes its stand-in, and any Node
 * built-in (`node:fs`, `crypto`...) fails the build with `FLET_ERR_STATIC_UNSUPPORTED`
 * naming the file that imports it.
 */
function staticResolver(root: string, appFile: string): Plugin {
  const umbrella = source(root, "src/static/umbrella.ts");
  const executor = source(root, "src/static/executor.ts");
  return {
    name: "flet-static",
    setup(build) {
      build.onResolve({ filter: /^flet-ts$/ }, () => ({ path: umbrella }));
      // A pack's `flet-ts/pack` and the like: the very modules the umbrella is made of.
      build.onResolve({ filter: /^flet-ts\/[a-z]+$/ }, (args) => {
        const own = SUBPATHS[args.path];
        if (own !== undefined) return { path: source(root, own) };
        if (!SERVER_SUBPATHS.has(args.path)) return undefined;
        const where = relative(process.cwd(), args.importer) || args.importer;
        return {
          errors: [
            {
              text: `Expected browser code, but ${where} imports "${args.path}", which is server or test code. ${staticHint}`,
            },
          ],
        };
      });
      // Imported for their effects (the app may only call ft.app): keep them whatever a
      // package.json `sideEffects` list says.
      build.onResolve({ filter: /worker-globals\.[jt]s$/ }, (args) => ({
        path: resolve(args.resolveDir, args.path),
        sideEffects: true,
      }));
      build.onResolve({ filter: /.*/ }, (args) =>
        args.kind === "import-statement" && args.path === appFile
          ? { path: appFile, sideEffects: true }
          : undefined,
      );
      build.onResolve({ filter: /\/executor\.js$/ }, (args) => {
        const target = resolve(args.resolveDir, args.path);
        return /[/\\]src[/\\]session[/\\]executor\.js$/.test(target)
          ? { path: executor }
          : undefined;
      });
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = args.path.replace(/^node:/, "");
        if (!args.path.startsWith("node:") && !BUILTINS.has(name.split("/")[0]!)) return undefined;
        const where = relative(process.cwd(), args.importer) || args.importer;
        return {
          errors: [
            {
              text: `Expected browser code, but ${where} imports the Node built-in "${args.path}". A static build runs the app in the browser, with no server: files, processes and sockets are not there.`,
            },
          ],
        };
      });
    },
  };
}

/**
 * Builds `options.app` for static hosting into `options.out`: `index.html`, the client
 * (`_flet/client.js`, its CSS and lazy chunks, fonts), and the app's Worker
 * (`_flet/app-worker.js`). The app's `assets/` folder, if any, is copied too. Throws
 * `FLET_ERR_STATIC_UNSUPPORTED` when the app (or a library it uses) needs Node.
 *
 * @example
 * ```ts
 * const result = await buildStatic({ app: "counter.ts", out: "dist-static" });
 * console.log(result.files.length, "files in", result.out);
 * ```
 */
export async function buildStatic(options: StaticBuildOptions): Promise<StaticBuildResult> {
  const { build } = await import("esbuild");
  const root = packageRoot();
  const appFile = resolve(options.app);
  const out = resolve(options.out);
  const worker = source(root, "src/static/worker.ts");
  const umbrella = source(root, "src/static/umbrella.ts");
  const entry = [
    `import ${JSON.stringify(source(root, "src/static/worker-globals.ts"))};`,
    `import * as app from ${JSON.stringify(appFile)};`,
    `import { startStaticWorker, staticWorkerStarted } from ${JSON.stringify(worker)};`,
    "const main = (app as Record<string, unknown>).main;",
    "if (!staticWorkerStarted()) {",
    `  if (typeof main !== "function") throw new Error(${JSON.stringify(`Expected ${relative(process.cwd(), appFile)} to export main or call ft.app(main), but it did neither.`)});`,
    "  startStaticWorker(main as never);",
    "}",
  ].join("\n");
  let result: import("esbuild").BuildResult<{ metafile: true; write: false }>;
  try {
    result = await build({
      stdin: {
        contents: entry,
        loader: "ts",
        resolveDir: dirname(appFile),
        sourcefile: "flet-static-entry.ts",
      },
      absWorkingDir: root,
      bundle: true,
      write: false,
      outfile: join(out, WORKER_FILE),
      format: "esm",
      target: "es2022",
      platform: "browser",
      minify: !options.dev,
      sourcemap: options.dev ? "inline" : false,
      metafile: true,
      logLevel: "silent",
      plugins: [staticResolver(root, appFile)],
      define: {
        "process.env.NODE_ENV": options.dev ? '"development"' : '"production"',
        "process.env.FLET_DEBUG": "undefined",
      },
    });
  } catch (error) {
    const errors = (error as { errors?: BundlerMessage[] }).errors;
    throw new FletError(
      ErrorCode.STATIC_UNSUPPORTED,
      `Expected ${options.app} to bundle for the browser, but it failed:\n${errors ? said(errors, umbrella) : (error as Error).message}`,
      {},
      { cause: error },
    );
  }
  // `ft.WebApp` through a namespace import is only a warning to the bundler (undefined
  // at run time): a name of the server is as much an error as a named import of it.
  const serverNames = result.warnings.filter((w) => serverOnlyName(w.text, umbrella));
  if (serverNames.length > 0)
    throw new FletError(
      ErrorCode.STATIC_UNSUPPORTED,
      `Expected ${options.app} to bundle for the browser, but it failed:\n${said(serverNames, umbrella)}`,
    );
  // The packs the app's project lists: their browser entries join the client, as on a server.
  const installed = findPacks(dirname(appFile));
  const client = await getClientBundle({ dev: options.dev ?? false, installed });
  rmSync(out, { recursive: true, force: true });
  const files: string[] = [];
  const write = (name: string, body: string | Uint8Array) => {
    const path = join(out, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
    files.push(name);
  };
  const workerJs = result.outputFiles[0]!.contents;
  write(WORKER_FILE, workerJs);
  write("_flet/client.js", client.js);
  if (client.css) write("_flet/client.css", client.css);
  for (const [name, body] of Object.entries(client.chunks)) write(`_flet/${name}`, body);
  for (const [name, file] of Object.entries(staticFiles)) {
    // The colour emoji font (11 MB) is off in a static build, as it is by default on a server.
    if (name.includes("noto-color-emoji")) continue;
    mkdirSync(dirname(join(out, name)), { recursive: true });
    cpSync(file, join(out, name));
    files.push(name);
  }
  write(BUILT_IN_FAVICON, FAVICON_SVG);
  const assets = join(dirname(appFile), "assets");
  if (existsSync(assets)) cpSync(assets, out, { recursive: true });
  const appName = options.appName ?? appFile.replace(/^.*[/\\]/, "").replace(/\.[cm]?[jt]s$/, "");
  const config: Omit<BrowserConfig, "packs" | "appPath" | "wsPath"> = {
    transport: "worker",
    workerUrl: WORKER_FILE,
    oauthCallbackPath: "",
    routeUrlStrategy: "hash",
    renderer: "html",
    useColorEmoji: false,
    dev: options.dev ?? false,
    protocolVersion: PROTOCOL_VERSION,
    hotReload: false,
    appName,
  };
  write("index.html", staticIndexHtml(config, appName, client.css !== "", BROWSER_CONFIG_GLOBAL));
  return {
    out,
    files,
    workerInputs: Object.keys(result.metafile.inputs),
    workerBytes: workerJs.byteLength,
  };
}
