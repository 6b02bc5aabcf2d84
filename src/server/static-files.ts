import { createReadStream, type Stats } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, sep } from "node:path";
import { mimeType } from "./mime.js";

/** What a URL path maps to in the assets directory. @internal */
export type AssetLookup =
  | { kind: "file"; path: string; stats: Stats }
  | { kind: "missing" }
  | { kind: "refused" };

/**
 * Splits a raw (still percent-encoded) relative URL path into file name segments, or
 * returns `undefined` when it could name anything outside the directory: it is decoded
 * exactly once, and NUL, backslashes, colons (drives, streams), empty segments (absolute
 * and UNC paths) and segments starting with `.` (`..`, dotfiles) are refused.
 * @internal
 */
export function safeSegments(raw: string): string[] | undefined {
  if (raw.includes("\\")) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (/[\0\\:]/.test(decoded)) return undefined;
  const segments = decoded.split("/");
  return segments.every((segment) => segment !== "" && !segment.startsWith("."))
    ? segments
    : undefined;
}

/**
 * Maps URL paths to files inside one directory. Besides {@link safeSegments}, the file's
 * real path (symlinks resolved) must lie inside the directory's real path.
 * @internal
 */
export class AssetResolver {
  readonly #root: string;
  #realRoot: Promise<string | undefined> | undefined;

  constructor(root: string) {
    this.#root = root;
  }

  async resolve(raw: string): Promise<AssetLookup> {
    const segments = safeSegments(raw);
    if (segments === undefined) return { kind: "refused" };
    this.#realRoot ??= realpath(this.#root).catch(() => undefined);
    const root = await this.#realRoot;
    if (root === undefined) return { kind: "missing" };
    let path: string;
    try {
      path = await realpath(join(root, ...segments));
    } catch {
      return { kind: "missing" };
    }
    if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) return { kind: "refused" };
    const stats = await stat(path).catch(() => undefined);
    return stats?.isFile() ? { kind: "file", path, stats } : { kind: "missing" };
  }
}

/** True when the request's validators show the client already has this version. */
function fresh(req: IncomingMessage, etag: string, modified: Date): boolean {
  const match = req.headers["if-none-match"];
  if (match !== undefined)
    return match.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");
  const since = Date.parse(req.headers["if-modified-since"] ?? "");
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}

/** Types that can run script when opened from the app's origin. */
const ACTIVE_TYPES =
  /^(text\/html|image\/svg\+xml|application\/xhtml\+xml|text\/xml|application\/xml)\b/;

/**
 * Sends a file with its MIME type, `ETag`, `Last-Modified` and `nosniff`; answers
 * conditional requests with 304 and `HEAD` without a body. HTML, SVG and XML files get
 * `Content-Security-Policy: sandbox`: opened directly, they run in an opaque origin, so
 * a page among the assets cannot run script as the app.
 * @internal
 */
export function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: { path: string; stats: Stats },
  cacheControl = "no-cache",
): void {
  const etag = `W/"${file.stats.size.toString(16)}-${Math.floor(file.stats.mtimeMs).toString(16)}"`;
  res.setHeader("ETag", etag);
  res.setHeader("Last-Modified", file.stats.mtime.toUTCString());
  res.setHeader("Cache-Control", cacheControl);
  res.setHeader("X-Content-Type-Options", "nosniff");
  if (fresh(req, etag, file.stats.mtime)) {
    res.writeHead(304).end();
    return;
  }
  const type = mimeType(file.path);
  if (ACTIVE_TYPES.test(type)) res.setHeader("Content-Security-Policy", "sandbox");
  res.writeHead(200, { "Content-Type": type, "Content-Length": file.stats.size });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(file.path);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

/**
 * Sends an in-memory body with an `ETag` (304 when it matches) and `HEAD` support.
 * @internal
 */
export function sendBody(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  headers: Record<string, string>,
  etag?: string,
): void {
  if (etag !== undefined) {
    res.setHeader("ETag", etag);
    if (req.headers["if-none-match"]?.split(",").some((tag) => tag.trim() === etag)) {
      res.writeHead(304, headers).end();
      return;
    }
  }
  res.writeHead(200, {
    "X-Content-Type-Options": "nosniff",
    ...headers,
    "Content-Length": String(body.length),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}
