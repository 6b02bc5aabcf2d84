/**
 * The page icon: the app's own `favicon.png` (or `.svg`, `.ico`) from its assets folder,
 * as in Flet, else a built-in one, so no app logs a 404 for it.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Where the built-in icon is served, under the app path. */
export const BUILT_IN_FAVICON = "_flet/favicon.svg";

/** The built-in icon: Flet's blue square with a white "f". */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#0175c2"/><path d="M26 52V30h-6v-7h6v-4c0-7 4-11 11-11 3 0 5 0 7 1v7h-4c-3 0-4 1-4 4v3h8l-1 7h-7v22z" fill="#fff"/></svg>`;

/**
 * The icon's path relative to the app path: the first of `favicon.png`, `favicon.svg`,
 * `favicon.ico` in `assetsDir`, else the built-in one.
 *
 * @example
 * ```ts
 * faviconPath("/srv/app/assets"); // "favicon.png" when that file exists
 * ```
 */
export function faviconPath(assetsDir: string): string {
  for (const name of ["favicon.png", "favicon.svg", "favicon.ico"]) {
    if (existsSync(join(assetsDir, name))) return name;
  }
  return BUILT_IN_FAVICON;
}
