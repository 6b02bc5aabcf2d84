/**
 * One copy of flet-ts per process. Controls are recognised with `instanceof Control`, and
 * the registries (control types, packs) live in module state, so a second copy (a pack
 * linked with `npm link` or `file:` that resolves flet-ts from its own `node_modules`)
 * makes the app's controls and the pack's controls strangers to each other. The first
 * copy to load claims a global slot keyed by a registered symbol; a second copy finds it
 * and refuses to load, naming both.
 *
 * @internal
 * @module
 */
import { ErrorCode, FletError } from "./errors.js";

/** The global slot holding the first copy's record (shared by every copy, any version). */
const COPY_KEY = Symbol.for("flet-ts.copy");

/** What a copy writes in the slot. @internal */
export interface CopyRecord {
  /** The file of this module in the copy (`/app/node_modules/flet-ts/dist/src/core/copies.js`). */
  readonly file: string;
}

/**
 * The file of the module at `url` (a path for a `file:` URL; query and hash dropped, so
 * a loader's tags on the URL do not make a second copy).
 * @internal
 */
export function moduleFileOf(url: string): string {
  const bare = url.replace(/[?#].*$/, "");
  if (!bare.startsWith("file://")) return bare;
  const path = decodeURIComponent(bare.slice("file://".length));
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}

/**
 * The package folder of a copy, from its file of this module (`src/core/…` in a
 * checkout, `dist/src/core/…` once built).
 * @internal
 */
export function copyPathOf(file: string): string {
  return file.replace(/[/\\](dist[/\\])?src[/\\]core[/\\][^/\\]*$/, "");
}

/** This module's file in this copy. @internal */
export const THIS_COPY: string = moduleFileOf(
  // A classic-script bundle has no import.meta.url: one bundle, one copy.
  typeof import.meta.url === "string" ? import.meta.url : "(bundled)",
);

/** Reads `version` from the package.json in `path`, when this runs in Node. */
function versionAt(path: string): string | undefined {
  try {
    const node = (
      globalThis as {
        process?: { getBuiltinModule?: (name: string) => unknown };
      }
    ).process?.getBuiltinModule?.("fs") as
      | { readFileSync(file: string, encoding: "utf8"): string }
      | undefined;
    const json = node?.readFileSync(`${path}/package.json`, "utf8");
    const version = json === undefined ? undefined : JSON.parse(json).version;
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `flet-ts 0.1.0 at /app/node_modules/flet-ts` for the copy whose file of this module is
 * `file`; when `other` is in the same folder (a checkout's sources and its build), the
 * file too. @internal
 */
export function describeCopy(file: string, other?: string): string {
  const path = copyPathOf(file);
  const version = versionAt(path);
  const same = other !== undefined && copyPathOf(other) === path;
  return `flet-ts${version === undefined ? "" : ` ${version}`} at ${path}${same ? ` (${file.slice(path.length + 1)})` : ""}`;
}

/** How to end up with one copy; the tail of both errors. */
const FIX =
  "Keep one copy: declare flet-ts in the pack's peerDependencies (a devDependency for its own tests, never a dependency), run `npm dedupe` in the app, and while developing a pack, link it with `flet-ts pack dev <pack-folder>` (run in the app's folder) instead of npm link or a file: dependency.";

/**
 * Claims the process for this copy, or throws `FLET_ERR_PACKAGE_TWO_COPIES` when another
 * copy claimed it first: another folder, or the same folder's other build (its `src/`
 * and its `dist/`). The same file loading again (a test runner resetting its module
 * cache) is the same copy.
 *
 * @throws FletError when another copy of flet-ts is loaded in this process.
 * @internal
 */
export function claimCopy(file: string = THIS_COPY): void {
  const slot = globalThis as { [COPY_KEY]?: CopyRecord };
  const first = slot[COPY_KEY];
  if (first === undefined) {
    Object.defineProperty(slot, COPY_KEY, {
      value: Object.freeze({ file }),
      configurable: true,
      enumerable: false,
      writable: false,
    });
    return;
  }
  if (first.file === file) return;
  throw new FletError(
    ErrorCode.PACKAGE_TWO_COPIES,
    `Expected one copy of flet-ts in this process, but two are loading: ${describeCopy(first.file, file)} (loaded first) and ${describeCopy(file, first.file)} (loading now). Controls of one copy are not controls to the other, so the app would fail. ${FIX}`,
    { first: copyPathOf(first.file), second: copyPathOf(file) },
  );
}

/**
 * The file of this module in the copy of flet-ts that made `value`, when it is a control
 * of ANOTHER copy: branded by another copy, or `""` for an object whose class descends
 * from a class named `Control` that is not ours (a copy too old to brand its controls).
 * @internal
 */
export function foreignCopyOf(value: unknown, ours: abstract new () => unknown): string | null {
  if (value === null || typeof value !== "object" || value instanceof ours) return null;
  const brand = (value as { [COPY_KEY]?: unknown })[COPY_KEY];
  // Our own brand on a stranger: the same files evaluated twice (a test runner or bundler
  // that inlined one import of flet-ts and left another to Node).
  if (typeof brand === "string") return brand;
  for (let proto = Object.getPrototypeOf(value); proto !== null; ) {
    if (proto.constructor?.name === "Control" && proto !== ours.prototype) return "";
    proto = Object.getPrototypeOf(proto);
  }
  return null;
}

/** Marks the prototype of this copy's `Control` with this copy's file of this module. @internal */
export function brandControls(prototype: object): void {
  Object.defineProperty(prototype, COPY_KEY, { value: THIS_COPY, enumerable: false });
}

/**
 * `FLET_ERR_PACKAGE_TWO_COPIES` for a control of another copy found in a slot.
 * @internal
 */
export function controlOfAnotherCopy(
  child: object,
  foreign: string,
  where: string,
  details: Record<string, unknown>,
): FletError {
  const other =
    foreign === ""
      ? "another copy of flet-ts"
      : foreign === THIS_COPY
        ? "another copy of flet-ts (the same files, evaluated a second time: a test runner or bundler inlined one import of flet-ts and not the other)"
        : `another copy of flet-ts (${describeCopy(foreign, THIS_COPY)})`;
  return new FletError(
    ErrorCode.PACKAGE_TWO_COPIES,
    `Expected ${where} to hold controls of this copy of flet-ts (${describeCopy(THIS_COPY, foreign || undefined)}), but it holds ${child.constructor.name}, a control of ${other}. It is a control, but two copies of flet-ts are loaded. ${FIX}`,
    { ...details, first: copyPathOf(THIS_COPY), second: foreign && copyPathOf(foreign) },
  );
}
