import { existsSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { CliError } from "./cli-error.js";

/** The files `flet-ts run` looks for in a folder, in order. @internal */
export const APP_FILE_NAMES = ["main.ts", "app.ts", "main.js", "app.js"] as const;

/**
 * Finds the app to run: `target` itself when it is a file; else the first of
 * {@link APP_FILE_NAMES} in `target` (or in `cwd` when there is no target). Throws a
 * {@link CliError} naming what was looked for.
 *
 * @example
 * ```ts
 * findAppFile(undefined, "/home/me/counter"); // "/home/me/counter/main.ts" or ".../app.ts"
 * ```
 * @internal
 */
export function findAppFile(target: string | undefined, cwd: string): string {
  const path = resolve(cwd, target ?? ".");
  if (!existsSync(path)) {
    throw new CliError(
      `Expected an app file or a folder holding one, but ${target} does not exist (looked for ${path}).`,
    );
  }
  if (!statSync(path).isDirectory()) return path;
  for (const name of APP_FILE_NAMES) {
    const file = join(path, name);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  const where = relative(cwd, path) || ".";
  throw new CliError(
    `Expected an app in ${where === "." ? "this folder" : where}, but found none of ${APP_FILE_NAMES.join(", ")}. Pass the file to run: flet-ts run path/to/app.ts`,
  );
}
