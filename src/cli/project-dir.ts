import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { CliError } from "./cli-error.js";

/**
 * Makes `dir` ready for a new project: creates it, or accepts it when it is an empty
 * folder. Throws a {@link CliError} for a file or a folder with anything in it, so
 * nothing is ever overwritten. Returns the absolute path.
 * @internal
 */
export function prepareProjectDir(dir: string, cwd: string): string {
  const path = resolve(cwd, dir);
  if (existsSync(path)) {
    if (!statSync(path).isDirectory())
      throw new CliError(`Expected a new or empty folder, but ${dir} is a file.`);
    const entries = readdirSync(path);
    if (entries.length > 0) {
      throw new CliError(
        `Expected a new or empty folder, but ${dir} is not empty (it has ${entries.slice(0, 3).join(", ")}${entries.length > 3 ? ", ..." : ""}). Choose another name, or empty it first.`,
      );
    }
  }
  mkdirSync(path, { recursive: true });
  return path;
}

/** Writes `files` (paths relative to `root`), creating folders as needed. @internal */
export function writeFiles(root: string, files: Readonly<Record<string, string>>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = join(root, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/**
 * An npm package name made from a folder name: lower case, characters npm refuses
 * replaced by `-`.
 *
 * @example
 * ```ts
 * packageNameOf("/home/me/My App"); // "my-app"
 * ```
 * @internal
 */
export function packageNameOf(path: string): string {
  const name = basename(path)
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, "-")
    .replace(/^[._-]+|-+$/g, "");
  return name || "flet-app";
}

/** How to reach `path` from `cwd` in a shell (`cd <this>`). @internal */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel === "" ? "." : rel.startsWith("..") ? path : rel;
  return /^[\w./-]+$/.test(shown) ? shown : JSON.stringify(shown);
}
