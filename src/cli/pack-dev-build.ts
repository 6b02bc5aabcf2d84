/**
 * The browser half of `flet-ts pack dev`: the pack's browser entry, built from its
 * sources with esbuild into the pack's `node_modules/.cache/flet-ts/pack-dev/`, and
 * rebuilt incrementally on each save. Bare imports (`flet-ts/browser`, the pack's
 * libraries) stay imports: the server's client bundle resolves them, `flet-ts/browser`
 * to its one runtime, the libraries from the pack's folder.
 *
 * @internal
 * @module
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename, join, resolve } from "node:path";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";

/** The pack `flet-ts pack dev` develops, from its package.json. @internal */
export interface DevPackInfo {
  /** The npm name. */
  readonly name: string;
  /** The version (what browsers and servers compare). */
  readonly version: string;
  /** The folder (symlinks resolved). */
  readonly dir: string;
  /** The browser entry to build: the source of `"flet-ts".browser` when it has one. */
  readonly entry: string;
}

/**
 * Reads the pack in `dir`: its name, version and browser entry (`"flet-ts".browser`,
 * or its TypeScript source: `./dist/browser/index.js` → `src/browser/index.ts`).
 *
 * @throws CliError when `dir` holds no pack.
 * @example
 * ```ts
 * readDevPack("../flet-sparks").entry; // "/work/flet-sparks/src/browser/index.ts"
 * ```
 * @internal
 */
export function readDevPack(dir: string): DevPackInfo {
  const file = join(dir, "package.json");
  if (!existsSync(file)) {
    throw new CliError(
      `Expected a pack folder (with a package.json), but ${file} does not exist. Pass the pack's folder: flet-ts pack dev ../flet-acme`,
    );
  }
  const real = realpathSync(dir);
  const json = JSON.parse(readFileSync(file, "utf8")) as {
    name?: unknown;
    version?: unknown;
    "flet-ts"?: { browser?: unknown };
  };
  const browser = json["flet-ts"]?.browser;
  if (typeof json.name !== "string" || typeof json.version !== "string") {
    throw new CliError(`Expected ${file} to have a "name" and a "version", but one is missing.`);
  }
  if (typeof browser !== "string") {
    throw new CliError(
      `Expected ${file} to declare a pack ("flet-ts": { "browser": "./dist/browser/index.js" }), but it has no such field. See docs/guides/writing-packs.md.`,
    );
  }
  const built = resolve(real, browser);
  const match = /^dist[/\\](.+)\.js$/.exec(built.slice(real.length + 1));
  const source = match === null ? undefined : join(real, "src", `${match[1]}.ts`);
  const entry = source !== undefined && existsSync(source) ? source : built;
  if (!existsSync(entry)) {
    throw new CliError(
      `Expected the browser entry of ${json.name} at ${source ?? built}, but there is no such file. Create it, or fix "flet-ts".browser in ${file}.`,
    );
  }
  return { name: json.name, version: json.version, dir: real, entry };
}

/** A running build of a pack's browser entry. @internal */
export interface PackBrowserBuild {
  /** The built file, the browser entry the server bundles. */
  readonly outfile: string;
  /** Builds again (incrementally); false, with the errors printed, when it failed. */
  build(): Promise<boolean>;
  /** Releases esbuild's context. */
  dispose(): Promise<void>;
}

/**
 * Prepares the build of `pack`'s browser entry (nothing is built until `build()`).
 *
 * @example
 * ```ts
 * const browser = await packBrowserBuild(readDevPack("../flet-acme"), processIo);
 * if (await browser.build()) console.log("built", browser.outfile);
 * ```
 * @internal
 */
export async function packBrowserBuild(pack: DevPackInfo, io: CliIo): Promise<PackBrowserBuild> {
  const esbuild = await import("esbuild");
  const outdir = join(pack.dir, "node_modules/.cache/flet-ts/pack-dev");
  mkdirSync(outdir, { recursive: true });
  // The pack's own "sideEffects" list names its dist/ entry, not this file: without this
  // package.json, the server's bundler would drop the module that registers the renderers.
  writeFileSync(join(outdir, "package.json"), '{ "type": "module", "sideEffects": true }\n');
  const outfile = join(outdir, "browser.js");
  const context = await esbuild.context({
    entryPoints: { browser: pack.entry },
    outdir,
    absWorkingDir: pack.dir,
    bundle: true,
    // A lazily imported renderer (`import("./editor.js")`) stays a chunk of its own, which
    // the client bundle keeps lazy: its libraries load only when a page needs them.
    splitting: true,
    chunkNames: "chunk-[hash]",
    packages: "external",
    format: "esm",
    platform: "browser",
    target: "es2022",
    sourcemap: "inline",
    logLevel: "silent",
    write: false,
  });
  return {
    outfile,
    async build() {
      try {
        const files = (await context.rebuild()).outputFiles ?? [];
        // CSS the modules import comes out beside them: the entry imports it (at its end,
        // so the inline source map's lines stay true; imports are hoisted), and the client
        // bundle takes it in, as it would from the pack's own build.
        const css = files
          .filter((file) => file.path.endsWith(".css"))
          .map((file) => `import "./${basename(file.path)}";\n`)
          .join("");
        for (const file of files) {
          writeFileSync(file.path, file.path === outfile ? `${file.text}\n${css}` : file.contents);
        }
        // Chunks of earlier builds go, so that only this build's files are bundled.
        const current = new Set(["package.json", ...files.map((file) => basename(file.path))]);
        for (const name of readdirSync(outdir)) {
          if (!current.has(name)) rmSync(join(outdir, name), { force: true });
        }
        return true;
      } catch (error) {
        const errors = (error as { errors?: import("esbuild").Message[] }).errors;
        const text = errors
          ? (await esbuild.formatMessages(errors, { kind: "error", color: false })).join("")
          : `${(error as Error).message}\n`;
        io.err(
          `flet-ts pack dev: the browser entry of ${pack.name} did not build; fix it and save.\n${text}`,
        );
        return false;
      }
    },
    dispose: () => context.dispose(),
  };
}
