/**
 * Module resolution hooks of the app that `flet-ts pack dev` runs (registered by
 * `pack-dev-register`), so that the app loads ONE copy of flet-ts and the pack's sources:
 *
 * - `flet-ts` and `flet-ts/…` imported from inside the pack's folder resolve from the
 *   app's folder (the app's copy), not from the pack's own `node_modules`;
 * - the pack's name (`flet-sparks`, `flet-sparks/…`) resolves to the pack's folder, and a
 *   compiled file there (`dist/x.js`) to its TypeScript source (`src/x.ts`) when it has
 *   one, so a saved server-side change needs no build (and a pack never built runs).
 *
 * @internal
 * @module
 */
import { existsSync } from "node:fs";
import type { InitializeHook, ResolveHook } from "node:module";
import { join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** What the hooks get from the register module. @internal */
export interface PackDevHookData {
  /** The pack's npm name. */
  readonly name: string;
  /** The pack's folder (symlinks resolved). */
  readonly dir: string;
  /** The app's project folder (where its package.json is). */
  readonly app: string;
}

let pack: PackDevHookData | undefined;

/** Takes the pack and app folders. @internal */
export const initialize: InitializeHook<PackDevHookData> = (data) => {
  pack = data;
};

function isFletTs(specifier: string): boolean {
  return specifier === "flet-ts" || specifier.startsWith("flet-ts/");
}

function isPack(specifier: string, name: string): boolean {
  return specifier === name || specifier.startsWith(`${name}/`);
}

/** The path of a `file:` URL inside `dir` (not its own copy of flet-ts), else undefined. */
function inside(url: string | undefined, dir: string): string | undefined {
  if (url === undefined || !url.startsWith("file:")) return undefined;
  const path = fileURLToPath(url);
  if (!path.startsWith(dir + sep)) return undefined;
  return path.startsWith(join(dir, "node_modules", "flet-ts") + sep) ? undefined : path;
}

/** `<pack>/dist/x.js` → `<pack>/src/x.ts` when that source exists. */
function sourceOf(path: string, dir: string): string | undefined {
  const match = /^dist[/\\](.+)\.js$/.exec(path.slice(dir.length + 1));
  if (match === null) return undefined;
  const source = join(dir, "src", `${match[1]}.ts`);
  return existsSync(source) ? source : undefined;
}

/** Redirects flet-ts imports of the pack to the app's copy, and the pack to its sources. @internal */
export const resolve: ResolveHook = async (specifier, context, next) => {
  if (pack === undefined) return next(specifier, context);
  if (isFletTs(specifier) && inside(context.parentURL, pack.dir) !== undefined) {
    return next(specifier, {
      ...context,
      parentURL: pathToFileURL(join(pack.app, "package.json")).href,
    });
  }
  if (!isPack(specifier, pack.name)) return next(specifier, context);
  let url: string;
  let resolved: Awaited<ReturnType<typeof next>> | undefined;
  try {
    // Resolved as the pack resolves its own name (its "exports"), wherever the app is.
    resolved = await next(specifier, {
      ...context,
      parentURL: pathToFileURL(join(pack.dir, "package.json")).href,
    });
    url = resolved.url;
  } catch (error) {
    // A pack never built: its "exports" name a dist/ file that is not there yet.
    const missing = (error as { url?: unknown }).url;
    if (typeof missing !== "string") return next(specifier, context);
    url = missing;
  }
  const path = inside(url, pack.dir);
  const source = path === undefined ? undefined : sourceOf(path, pack.dir);
  if (source === undefined) return resolved ?? next(specifier, context);
  // Through the next resolver (tsx's), which marks the file as TypeScript for its loader.
  return next(pathToFileURL(source).href, context);
};
