import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { ErrorCode, FletError } from "../core/errors.js";
import type { Logger } from "../session/logger.js";
import type { ClientBundle } from "./app-options.js";
import { findPacks } from "./find-packs.js";

const gzipAsync = promisify(gzip);

/** One file of the bundle, ready to send. @internal */
export interface PreparedFile {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

/** The bundle, ready to send. @internal */
export interface PreparedBundle {
  js: PreparedFile;
  css: PreparedFile | undefined;
  files: Readonly<Record<string, string>>;
  chunks: Readonly<Record<string, PreparedFile>>;
}

// A variable specifier: the browser build is made by another part of the project and
// may be absent from a source checkout; a missing bundle is reported, never faked.
const BUNDLE_MODULE = "../browser/bundle.js";
const FILES_MODULE = "../browser/static-files.js";

/**
 * Loads the built-in browser client (a dev build in dev mode) with the browser entries of
 * the packs installed in the app's project (`packsFrom`, see `findPacks`). @internal
 */
export async function builtInClientBundle(
  dev: boolean,
  packsFrom: string | undefined,
  logger: Logger,
): Promise<ClientBundle> {
  // A malformed or unbuilt pack is the user's to fix: its own error says how.
  const installed = packsFrom === undefined ? [] : findPacks(packsFrom);
  let modules: [
    typeof import("../browser/bundle.js"),
    { staticFiles: Readonly<Record<string, string>> },
  ];
  try {
    modules = (await Promise.all([
      import(/* @vite-ignore */ BUNDLE_MODULE),
      import(/* @vite-ignore */ FILES_MODULE),
    ])) as typeof modules;
  } catch (error) {
    throw new FletError(
      ErrorCode.CLIENT_BUNDLE_MISSING,
      `Expected the browser client at ${BUNDLE_MODULE}, but it could not be loaded (${(error as Error).message}). Build the package (npm run build), or pass getClientBundle in the app options.`,
      {},
      { cause: error },
    );
  }
  const [bundle, files] = modules;
  try {
    const built = await bundle.getClientBundle({
      dev,
      installed,
      log: (line) => logger.info(line),
    });
    return { ...built, files: files.staticFiles };
  } catch (error) {
    if (error instanceof FletError) throw error;
    const names = installed.map((p) => p.name).join(", ");
    throw new FletError(
      ErrorCode.PACK_INVALID,
      `Expected the browser client${names ? ` with ${names}` : ""} to bundle, but esbuild failed: ${(error as Error).message}. A pack's browser entry may import only browser code (flet-ts/browser and browser libraries), never flet-ts or Node modules.`,
      {},
      { cause: error },
    );
  }
}

async function prepare(content: Buffer | string): Promise<PreparedFile> {
  const body = Buffer.from(content);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
  return { body, gzipped: await gzipAsync(body), etag };
}

/** Loads a bundle once and precomputes its gzip encoding and ETags. @internal */
export async function prepareBundle(load: () => Promise<ClientBundle>): Promise<PreparedBundle> {
  const bundle = await load();
  return {
    js: await prepare(bundle.js),
    css: bundle.css === undefined ? undefined : await prepare(bundle.css),
    files: bundle.files ?? {},
    chunks: Object.fromEntries(
      await Promise.all(
        Object.entries(bundle.chunks ?? {}).map(
          async ([name, body]) => [`_flet/${name}`, await prepare(body)] as const,
        ),
      ),
    ),
  };
}
