/**
 * Finds the control packs an app has installed: npm packages whose package.json has a
 * `"flet-ts"` field naming a browser entry (docs/decisions/0004-pack-format.md).
 * @module
 */
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { ErrorCode, FletError } from "../core/errors.js";

/** An installed pack, as found by {@link findPacks}. */
export interface InstalledPack {
  /** The npm package name (`flet-sparks`). */
  readonly name: string;
  /** Its version from package.json. */
  readonly version: string;
  /** The package folder (symlinks resolved). */
  readonly dir: string;
  /** Absolute path of the browser entry, bundled into the client. */
  readonly browser: string;
}

interface PackageJson {
  name?: unknown;
  version?: unknown;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  "flet-ts"?: unknown;
}

function readPackageJson(file: string): PackageJson {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as PackageJson;
  } catch (error) {
    throw new FletError(
      ErrorCode.PACK_INVALID,
      `Expected ${file} to be readable JSON, but reading it failed (${(error as Error).message}). Fix or reinstall that package.`,
      { file },
      { cause: error },
    );
  }
}

/** The folder of the nearest package.json at or above `dir`, if any. */
export function projectRootOf(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    if (existsSync(join(current, "package.json"))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Where Node would find package `name` from `dir`: the first `node_modules/<name>` upward. */
function locate(name: string, dir: string): string | undefined {
  let current = dir;
  for (;;) {
    const candidate = join(current, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** The pack described by the package.json in `dir`, or undefined when it is not a pack. */
function packIn(dir: string, json: PackageJson): InstalledPack | undefined {
  const field = json["flet-ts"];
  if (field === undefined) return undefined;
  const file = join(dir, "package.json");
  const browser = (field as { browser?: unknown } | null)?.browser;
  if (typeof browser !== "string" || browser === "") {
    throw new FletError(
      ErrorCode.PACK_INVALID,
      `Expected the "flet-ts" field of ${file} to be { "browser": "./path/to/browser-entry.js" }, but got ${JSON.stringify(field)}. Name the module that registers the pack's renderers.`,
      { file },
    );
  }
  if (typeof json.name !== "string" || typeof json.version !== "string") {
    throw new FletError(
      ErrorCode.PACK_INVALID,
      `Expected ${file} to have a "name" and a "version", but one is missing. A pack's version is how browsers and servers agree.`,
      { file },
    );
  }
  const entry = resolve(dir, browser);
  const inside = relative(dir, entry);
  if (isAbsolute(browser) || inside.startsWith("..") || isAbsolute(inside)) {
    throw new FletError(
      ErrorCode.PACK_INVALID,
      `Expected the browser entry of ${json.name} ("${browser}") to be a path inside its package, but it points outside. Use a relative path such as "./dist/browser/index.js".`,
      { pack: json.name },
    );
  }
  if (!existsSync(entry)) {
    throw new FletError(
      ErrorCode.PACK_INVALID,
      `Expected the browser entry of ${json.name}@${json.version} at ${entry}, but there is no such file. Build the pack (npm run build in ${dir}) or reinstall it.`,
      { pack: json.name, file: entry },
    );
  }
  return { name: json.name, version: json.version, dir, browser: entry };
}

/**
 * The pack `flet-ts pack dev` is developing, from `FLET_TS_PACK_DEV` (JSON that the CLI
 * sets for the app it runs): its browser entry is the CLI's fresh build, in place of any
 * copy of the same pack the app lists.
 * @internal
 */
export function devPack(env: NodeJS.ProcessEnv = process.env): InstalledPack | undefined {
  const text = env.FLET_TS_PACK_DEV;
  if (text === undefined || text === "") return undefined;
  try {
    const { name, version, dir, browser } = JSON.parse(text) as Partial<InstalledPack>;
    if ([name, version, dir, browser].every((value) => typeof value === "string")) {
      return { name: name!, version: version!, dir: dir!, browser: browser! };
    }
  } catch {
    // Reported below.
  }
  throw new FletError(
    ErrorCode.CONFIG_INVALID,
    `Expected FLET_TS_PACK_DEV to be the JSON that flet-ts pack dev sets ({ name, version, dir, browser }), but got ${text.slice(0, 80)}. Unset it, or start the app with flet-ts pack dev.`,
    {},
  );
}

/**
 * Lists the packs an app uses: the project itself when it is a pack, the packs among the
 * dependencies (and devDependencies) of the nearest package.json at or above `from`, and
 * the packs those depend on, in that order. Each name appears once. Under
 * `flet-ts pack dev`, the pack being developed comes first, built from its sources.
 *
 * @param from - A folder inside the app's npm project (usually the entry file's).
 * @throws `FLET_ERR_PACK_INVALID` when a pack's `"flet-ts"` field is malformed or its
 *   browser entry is missing (for instance, a pack that was never built).
 * @example
 * ```ts
 * ft.findPacks(process.cwd()).map((p) => `${p.name}@${p.version}`); // ["flet-sparks@0.1.0"]
 * ```
 */
export function findPacks(from: string): InstalledPack[] {
  const developed = devPack();
  const root = projectRootOf(from);
  if (root === undefined) return developed ? [developed] : [];
  const found = new Map<string, InstalledPack>();
  if (developed) found.set(developed.name, developed);
  const seen = new Set<string>();
  const visit = (dir: string, json: PackageJson, dev: boolean): void => {
    // The developed pack's own build may be stale or absent: its entry is the CLI's.
    const pack = json.name === developed?.name ? undefined : packIn(dir, json);
    if (pack && !found.has(pack.name)) found.set(pack.name, pack);
    const names = Object.keys({
      ...json.dependencies,
      ...json.optionalDependencies,
      ...(dev ? json.devDependencies : {}),
    });
    for (const name of names) {
      if (name === "flet-ts") continue;
      const location = locate(name, dir);
      if (location === undefined || seen.has(location)) continue;
      seen.add(location);
      const dependency = readPackageJson(join(location, "package.json"));
      // Only packs (and packages declaring them) matter; others are not walked.
      if (dependency["flet-ts"] !== undefined) visit(location, dependency, false);
    }
  };
  const rootDir = realpathSync(root);
  seen.add(rootDir);
  visit(rootDir, readPackageJson(join(rootDir, "package.json")), true);
  return [...found.values()];
}

/**
 * The pack in folder `dir` (a pack's own repository, say), as {@link findPacks} would
 * list it.
 *
 * @throws `FLET_ERR_PACK_INVALID` when the folder's package.json has no usable `"flet-ts"`
 *   field or its browser entry is missing.
 */
export function packAt(dir: string): InstalledPack {
  const real = realpathSync(dir);
  const file = join(real, "package.json");
  const json = readPackageJson(file);
  const pack = packIn(real, json);
  if (pack === undefined) {
    throw new FletError(
      ErrorCode.PACK_INVALID,
      `Expected ${file} to declare a pack with a "flet-ts" field ({ "browser": "./dist/browser/index.js" }), but it has none. See docs/guides/writing-packs.md.`,
      { file },
    );
  }
  return pack;
}
