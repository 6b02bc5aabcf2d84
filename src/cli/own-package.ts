import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The parts of flet-ts's own package.json the CLI uses. @internal */
export interface OwnPackage {
  /** Its folder (the repository root, or `node_modules/flet-ts`). */
  readonly root: string;
  /** Its version (`0.1.0`). */
  readonly version: string;
  /** Its devDependencies: the tool versions it is tested with. */
  readonly devDependencies: Readonly<Record<string, string>>;
  /** Its npm overrides (vite 7 for standard decorators, pinned rollup). */
  readonly overrides: Readonly<Record<string, string>>;
}

let cached: OwnPackage | undefined;

/**
 * Reads flet-ts's package.json: the nearest one named `flet-ts` above this file, so the
 * same code works from `src/cli` and from `dist/src/cli`.
 *
 * @example
 * ```ts
 * ownPackage().version; // "0.1.0"
 * ```
 * @internal
 */
export function ownPackage(): OwnPackage {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      if (json.name === "flet-ts") {
        cached = {
          root: dir,
          version: String(json.version),
          devDependencies: (json.devDependencies ?? {}) as Record<string, string>,
          overrides: (json.overrides ?? {}) as Record<string, string>,
        };
        return cached;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("flet-ts: cannot find its own package.json.");
    dir = parent;
  }
}

/**
 * The version ranges a generated project uses for its tools: the ones flet-ts itself is
 * built and tested with.
 * @internal
 */
export function toolVersions(): {
  vitest: string;
  typescript: string;
  typesNode: string;
  overrides: Record<string, string>;
} {
  const own = ownPackage();
  const overrides: Record<string, string> = {};
  for (const name of ["vite", "rollup"]) {
    const range = own.overrides[name];
    if (range !== undefined) overrides[name] = range;
  }
  return {
    vitest: own.devDependencies.vitest ?? "^4.1.12",
    typescript: own.devDependencies.typescript ?? "5.9",
    typesNode: own.devDependencies["@types/node"] ?? "^20.19.43",
    overrides,
  };
}
