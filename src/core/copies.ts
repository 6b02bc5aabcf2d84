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

/** What a copy writes in the slot, and brands its controls with. @internal */
export interface CopyRecord {
  /** The package folder of the copy (`/app/node_modules/flet-ts`). */
  readonly path: string;
}

/**
 * The package folder of the module at `url` (this copy's `src/core/…` or
 * `dist/src/core/…`), as a path when it is a `file:` URL.
 * @internal
 */
export function copyPathOf(url: string): string {
  const root = url.replace(/\/(dist\/)?src\/core\/[^/]*$/, "");
  if (!root.startsWith("file://")) return root;
  const path = decodeURIComponent(root.slice("file://".length));
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}

/** This copy's package folder. @internal */
export const THIS_COPY: string = copyPathOf(
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
    ).process?.getBuiltinModule?.("node:fs") as
      | { readFileSync(file: string, encoding: "utf8"): string }
      | undefined;
    const json = node?.readFileSync(`${path}/package.json`, "utf8");
    const version = json === undefined ? undefined : JSON.parse(json).version;
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}

/** `flet-ts 0.1.0 at /path`, or without the version when it cannot be read. @internal */
export function describeCopy(path: string): string {
  const version = versionAt(path);
  return `flet-ts${version === undefined ? "" : ` ${version}`} at ${path}`;
}

/** How to end up with one copy; the tail of both errors. */
const FIX =
  "Keep one copy: declare flet-ts in the pack's peerDependencies (a devDependency for its own tests, never a dependency), run `npm dedupe` in the app, and while developing a pack, link it with `flet-ts pack dev <pack-folder>` (run in the app's folder) instead of npm link or a file: dependency.";

/**
 * Claims the process for this copy, or throws `FLET_ERR_PACKAGE_TWO_COPIES` when another
 * copy (another folder) claimed it first. The same folder loading again (a test runner
 * resetting its module cache) is the same copy.
 *
 * @throws FletError when another copy of flet-ts is loaded in this process.
 * @internal
 */
export function claimCopy(path: string = THIS_COPY): void {
  const slot = globalThis as { [COPY_KEY]?: CopyRecord };
  const first = slot[COPY_KEY];
  if (first === undefined) {
    Object.defineProperty(slot, COPY_KEY, {
      value: Object.freeze({ path }),
      configurable: true,
      enumerable: false,
      writable: false,
    });
    return;
  }
  if (first.path === path) return;
  throw new FletError(
    ErrorCode.PACKAGE_TWO_COPIES,
    `Expected one copy of flet-ts in this process, but two are loading: ${describeCopy(first.path)} (loaded first) and ${describeCopy(path)} (loading now). Controls of one copy are not controls to the other, so the app would fail. ${FIX}`,
    { first: first.path, second: path },
  );
}

/**
 * The folder of the copy of flet-ts that made `value`, when it is a control of ANOTHER
 * copy: branded by a copy that claimed another folder, or (a copy too old to brand its
 * controls) an object whose class descends from a class named `Control` that is not ours.
 * @internal
 */
export function foreignCopyOf(value: unknown, ours: abstract new () => unknown): string | null {
  if (value === null || typeof value !== "object" || value instanceof ours) return null;
  const brand = (value as { [COPY_KEY]?: unknown })[COPY_KEY];
  if (typeof brand === "string") return brand === THIS_COPY ? null : brand;
  for (let proto = Object.getPrototypeOf(value); proto !== null; ) {
    if (proto.constructor?.name === "Control" && proto !== ours.prototype) return "";
    proto = Object.getPrototypeOf(proto);
  }
  return null;
}

/** Marks the prototype of this copy's `Control` with this copy's folder. @internal */
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
      : `another copy of flet-ts (${describeCopy(foreign)})`;
  return new FletError(
    ErrorCode.PACKAGE_TWO_COPIES,
    `Expected ${where} to hold controls of this copy of flet-ts (${describeCopy(THIS_COPY)}), but it holds ${child.constructor.name}, a control of ${other}. It is a control, but two copies of flet-ts are loaded. ${FIX}`,
    { ...details, first: THIS_COPY, second: foreign },
  );
}
