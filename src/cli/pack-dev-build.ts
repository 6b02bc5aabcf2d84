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
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
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
    entryPoints: [pack.entry],
    outfile,
    absWorkingDir: pack.dir,
    bundle: true,
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
        const result = await context.rebuild();
        const css = result.outputFiles?.find((file) => file.path.endsWith(".css"));
        const js = result.outputFiles?.find((file) => file.path.endsWith(".js"))?.text ?? "";
        // CSS the entry imports comes out beside it: the client bundle takes it in through
        // an import, as it would from the pack's own build.
        if (css) writeFileSync(css.path, css.contents);
        // At the end, so the inline source map's lines stay true (imports are hoisted).
        writeFileSync(outfile, css ? `${js}\nimport "./${basename(css.path)}";\n` : js);
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
