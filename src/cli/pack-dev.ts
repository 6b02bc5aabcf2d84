import { existsSync, lstatSync, mkdirSync, realpathSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { projectRootOf } from "../server/find-packs.js";
import { CliError } from "./cli-error.js";
import { type CliIo, processIo } from "./cli-io.js";
import { findAppFile } from "./find-app.js";
import { type DevPackInfo, packBrowserBuild, readDevPack } from "./pack-dev-build.js";
import { type RunOptions, runApp } from "./run.js";

/** What `flet-ts pack dev` does, as {@link packDev} takes it. @internal */
export interface PackDevOptions
  extends Omit<RunOptions, "reload" | "record" | "watch" | "imports" | "beforeRestart"> {
  /** The pack's folder (its package.json has the `"flet-ts"` field). */
  pack: string;
}

/** The `--import` module that registers the resolution hooks (compiled, or the source). */
function registerModule(): string {
  const compiled = new URL("./pack-dev-register.js", import.meta.url);
  return existsSync(compiled)
    ? compiled.href
    : new URL("./pack-dev-register.ts", import.meta.url).href;
}

/** The real path of `path`, or `path` itself for a broken link. */
function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Links the pack into the app's `node_modules` when nothing is there yet, so editors and
 * `tsc` resolve its name too; an installed copy is left alone (the app bypasses it).
 */
function linkPack(app: string, pack: DevPackInfo, io: CliIo): void {
  const link = join(app, "node_modules", pack.name);
  let present = false;
  try {
    lstatSync(link);
    present = true;
  } catch {}
  if (!present) {
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(pack.dir, link, "dir");
    io.out(`flet-ts pack dev: linked node_modules/${pack.name} to ${pack.dir}\n`);
  } else if (realOrSelf(link) !== pack.dir) {
    io.out(
      `flet-ts pack dev: node_modules/${pack.name} is another copy; the app uses ${pack.dir} instead while this runs.\n`,
    );
  }
}

/**
 * Develops a pack inside an app, with one copy of flet-ts: runs the app in the current
 * folder as `flet-ts run -r` does, with the pack at `options.pack` linked in. The pack's
 * imports of `flet-ts` resolve from the app (never from the pack's own `node_modules`),
 * the app loads the pack's TypeScript sources, and the pack's browser entry is built from
 * its sources with esbuild. A save in the pack or the app rebuilds the browser entry (if
 * the pack changed) and restarts the app; open tabs reload. A browser entry that does not
 * build leaves the running app alone until the next save.
 *
 * @example
 * ```ts
 * process.exitCode = await packDev({ pack: "../flet-acme", port: 0 });
 * ```
 * @internal
 */
export async function packDev(options: PackDevOptions): Promise<number> {
  const io = options.io ?? processIo;
  const cwd = options.cwd ?? process.cwd();
  const pack = readDevPack(resolve(cwd, options.pack));
  const file = findAppFile(options.target, cwd);
  const app = realpathSync(projectRootOf(dirname(file)) ?? dirname(file));
  if (app === pack.dir) {
    throw new CliError(
      `Expected an app that uses the pack, but ${relative(cwd, file) || file} is inside the pack itself. Run flet-ts pack dev in the app's folder: cd my-app && flet-ts pack dev ${relative(app, pack.dir) || "."}`,
    );
  }
  try {
    createRequire(join(app, "package.json")).resolve("flet-ts");
  } catch {
    throw new CliError(
      `Expected flet-ts installed in the app (${app}), but it does not resolve there. The pack uses the app's copy: npm install flet-ts in ${app}.`,
    );
  }
  linkPack(app, pack, io);
  const browser = await packBrowserBuild(pack, io);
  try {
    if (!(await browser.build())) return 1;
    io.out(`flet-ts pack dev: ${pack.name}@${pack.version} from ${pack.dir}\n`);
    const env: NodeJS.ProcessEnv = {
      ...(options.env ?? process.env),
      FLET_TS_PACK_DEV: JSON.stringify({
        name: pack.name,
        version: pack.version,
        dir: pack.dir,
        browser: browser.outfile,
        app,
      }),
    };
    return await runApp({
      ...options,
      io,
      cwd,
      env,
      reload: true,
      watch: [pack.dir],
      imports: [registerModule()],
      beforeRestart: async (files) =>
        files.some((path) => path.startsWith(pack.dir + sep)) ? browser.build() : true,
    });
  } finally {
    await browser.dispose();
  }
}
