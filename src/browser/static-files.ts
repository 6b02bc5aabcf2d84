/**
 * Node side: the static files the browser client loads besides its bundle (web fonts from
 * npm packages, served locally, never from a CDN). The server serves each entry of
 * {@link staticFiles} at `<appPath><key>`.
 * @module
 */
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export { FONT_STYLESHEETS, STATIC_PREFIX } from "./font-stylesheets.js";

const require = createRequire(import.meta.url);

function packageDir(name: string): string | undefined {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

function addFontsource(
  files: Record<string, string>,
  name: string,
  sheets: Record<string, string>,
  filePrefix: string,
): void {
  const dir = packageDir(name);
  if (dir === undefined) return;
  for (const [key, sheet] of Object.entries(sheets)) files[key] = join(dir, sheet);
  for (const file of readdirSync(join(dir, "files"))) {
    if (file.startsWith(filePrefix) && file.endsWith(".woff2")) {
      files[`_flet/fonts/files/${file}`] = join(dir, "files", file);
    }
  }
}

function collect(): Record<string, string> {
  const files: Record<string, string> = {};
  addFontsource(
    files,
    "@fontsource/roboto",
    {
      "_flet/fonts/roboto-400.css": "400.css",
      "_flet/fonts/roboto-500.css": "500.css",
      "_flet/fonts/roboto-700.css": "700.css",
    },
    "roboto-",
  );
  addFontsource(
    files,
    "@fontsource/noto-color-emoji",
    { "_flet/fonts/noto-color-emoji.css": "index.css" },
    "noto-color-emoji-",
  );
  const symbols = packageDir("material-symbols");
  if (symbols !== undefined) {
    files["_flet/fonts/material-symbols-outlined.css"] = join(symbols, "outlined.css");
    files["_flet/fonts/material-symbols-outlined.woff2"] = join(
      symbols,
      "material-symbols-outlined.woff2",
    );
  }
  const materialIcons = packageDir("material-icons");
  if (materialIcons !== undefined) {
    for (const style of ["", "-outlined", "-round", "-sharp"]) {
      const file = `material-icons${style}.woff2`;
      files[`_flet/fonts/${file}`] = join(materialIcons, "iconfont", file);
    }
  }
  const framework7 = packageDir("framework7-icons");
  if (framework7 !== undefined) {
    files["_flet/fonts/framework7-icons.woff2"] = join(
      framework7,
      "fonts",
      "Framework7Icons-Regular.woff2",
    );
  }
  return files;
}

/**
 * Extra static files the server must serve for the browser client: URL path relative to
 * the app path (`_flet/fonts/roboto-400.css`) → absolute file path. Roboto and Material
 * Symbols are always linked; the colour emoji font only with `useColorEmoji`; the icon
 * fonts (Material Icons in four styles, Framework7 Icons) when the first icon needs one. Serve `.css`
 * as `text/css` and `.woff2` as `font/woff2`, with long caching (the names carry no hash,
 * but the packages' files never change within a version).
 *
 * @example
 * ```ts
 * const file = staticFiles[url.pathname.slice(appPath.length)];
 * if (file) return sendFile(res, file);
 * ```
 */
export const staticFiles: Readonly<Record<string, string>> = Object.freeze(collect());
