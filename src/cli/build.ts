import { relative, resolve } from "node:path";
import { FletError } from "../core/errors.js";
import { buildStatic } from "../static/build.js";
import { UsageError } from "./args.js";
import { CliError } from "./cli-error.js";
import { type CliIo, processIo } from "./cli-io.js";
import { findAppFile } from "./find-app.js";

/** What `flet-ts build` does, as {@link buildStaticApp} takes it. @internal */
export interface BuildOptions {
  /** The app file, or a folder holding `main.ts`, `app.ts`, `main.js` or `app.js`. */
  target?: string | undefined;
  /** `--static`: the only kind of build so far; required. */
  static: boolean;
  /** The output folder. Default `dist-static`. */
  out?: string | undefined;
  /** Not minified, with inline source maps. */
  dev?: boolean | undefined;
  /** Where paths are resolved from. Default: this process's. */
  cwd?: string | undefined;
  /** Where the CLI writes. */
  io?: CliIo | undefined;
}

/**
 * `flet-ts build --static`: builds the app into a folder a static host can serve (see
 * `buildStatic`). Resolves to 0; a failed build is a {@link CliError} saying why.
 *
 * @example
 * ```ts
 * process.exitCode = await buildStaticApp({ target: "app.ts", static: true, out: "public" });
 * ```
 * @internal
 */
export async function buildStaticApp(options: BuildOptions): Promise<number> {
  const io = options.io ?? processIo;
  if (!options.static) {
    throw new UsageError(
      "Expected --static (the only kind of build: the app runs in the browser, no server), but it was not given.",
      "build",
    );
  }
  const cwd = options.cwd ?? process.cwd();
  const file = findAppFile(options.target, cwd);
  const out = resolve(cwd, options.out ?? "dist-static");
  try {
    const result = await buildStatic({ app: file, out, dev: options.dev ?? false });
    io.out(
      `flet-ts: Built ${relative(cwd, file) || file} into ${relative(cwd, out) || "."}/ (${result.files.length} files; the app's Worker is ${Math.round(result.workerBytes / 1024)} KB). Serve that folder from any static host.\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof FletError) throw new CliError(error.message);
    throw error;
  }
}
