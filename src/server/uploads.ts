/**
 * Signed, expiring, single-use upload URLs and the upload endpoint that honours them.
 *
 * A URL carries the session id (`sid`), the file name (`f`), the size limit (`max`), the
 * expiry in Unix seconds (`e`), a random nonce (`n`) and `s`, the hex HMAC-SHA256 (keyed
 * by the secret key) of the canonical string
 * `flet-upload-v1\nPUT\n<path>\n<sid>\n<f>\n<max>\n<e>\n<n>`. The endpoint
 * recomputes it, compares in constant time, refuses expired and already used signatures
 * (403 with a reason), and streams the body to a temporary file in the upload directory
 * that is renamed into place only once complete.
 * @module
 */

import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { createWriteStream } from "node:fs";
import { lstat, mkdir, realpath, rename, unlink } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname, join } from "node:path";
import { ErrorCode, FletError } from "../core/errors.js";
import { originAllowed } from "../transport/origin.js";
import { requestPath, sendText } from "./responses.js";

/** The version tag that starts every signed string. @internal */
export const UPLOAD_SIGNATURE_VERSION = "flet-upload-v1";

/** The fields an upload URL signs. @internal */
export interface UploadGrant {
  /** The endpoint path the URL was made for. */
  path: string;
  /** The session that minted it. */
  sessionId: string;
  /** The file name it may be stored under. */
  fileName: string;
  /** Most bytes it may write (`Infinity` when unlimited, signed as `inf`). */
  maxBytes: number;
  /** Expiry, Unix seconds. */
  expires: number;
  /** A random value making each URL distinct (so single use never hits a twin). */
  nonce: string;
}

/**
 * The hex HMAC-SHA256 of a grant under `key`: what the `s` parameter of an upload URL
 * holds. @internal
 */
export function uploadSignature(key: string, grant: UploadGrant, method = "PUT"): string {
  const max = Number.isFinite(grant.maxBytes) ? String(grant.maxBytes) : "inf";
  const canonical = [
    UPLOAD_SIGNATURE_VERSION,
    method,
    grant.path,
    grant.sessionId,
    grant.fileName,
    max,
    String(grant.expires),
    grant.nonce,
  ].join("\n");
  return createHmac("sha256", key).update(canonical, "utf8").digest("hex");
}

/**
 * Why a file name is refused as an upload name, or `undefined` when it is a plain file
 * name: not empty, at most 255 bytes, no separators (`/`, `\`), no drive colon, no NUL or
 * control characters, not `.` or `..` or anything containing `..`, no trailing dot or
 * space, no look-alike slashes or dots. @internal
 */
export function badUploadName(name: string): string | undefined {
  if (name.length === 0) return "the file name is empty";
  if (Buffer.byteLength(name) > 255) return "the file name is longer than 255 bytes";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  if (/[\u0000-\u001f\u007f]/.test(name)) return "the file name has control characters";
  if (/[/\\:]/.test(name)) return "the file name has a path separator or drive colon";
  if (/[\u2215\u2044\u29f8\uff0f\uff3c\uff0e]/.test(name))
    return "the file name has a look-alike slash or dot";
  if (name.includes("..")) return "the file name has '..'";
  if (name === "." || /[. ]$/.test(name)) return "the file name ends with a dot or space";
  return undefined;
}

/** Options of an {@link UploadSigner}. @internal */
export interface UploadSignerOptions {
  /** The HMAC key. */
  secretKey: string;
  /** The upload endpoint's path (`/upload`). */
  path: string;
  /** The size limit each URL carries. */
  maxUploadSize: number;
  /** The clock, in milliseconds. Default `Date.now`. */
  now?: () => number;
}

/** Longest lifetime of an upload URL: one day. */
const MAX_EXPIRES = 24 * 3600;

/**
 * Makes and checks upload URLs; remembers used signatures until they expire (single use).
 * @internal
 */
export class UploadSigner {
  readonly #options: UploadSignerOptions;
  readonly #used = new Map<string, number>();

  constructor(options: UploadSignerOptions) {
    this.#options = options;
  }

  /** The current time, Unix seconds. */
  now(): number {
    return Math.floor((this.#options.now ?? Date.now)() / 1000);
  }

  /**
   * A signed URL (path and query) for uploading `fileName` within `expiresSeconds`.
   * @throws `FletError` `FLET_ERR_CONFIG_INVALID` for a name that is not a plain file
   * name or a lifetime outside 1 s to 1 day.
   */
  sign(sessionId: string, fileName: string, expiresSeconds: number): string {
    const bad = badUploadName(fileName);
    if (bad !== undefined)
      throw new FletError(
        ErrorCode.CONFIG_INVALID,
        `Expected a plain file name to upload, but ${bad} (${JSON.stringify(fileName)}). Pass the picked file's name, without a directory.`,
        { fileName },
      );
    if (!Number.isInteger(expiresSeconds) || expiresSeconds < 1 || expiresSeconds > MAX_EXPIRES)
      throw new FletError(
        ErrorCode.CONFIG_INVALID,
        `Expected expiresSeconds to be a whole number from 1 to ${MAX_EXPIRES}, but got ${expiresSeconds}.`,
        { expiresSeconds },
      );
    const grant: UploadGrant = {
      path: this.#options.path,
      sessionId,
      fileName,
      maxBytes: this.#options.maxUploadSize,
      expires: this.now() + expiresSeconds,
      nonce: randomBytes(12).toString("hex"),
    };
    const query = new URLSearchParams({
      sid: sessionId,
      f: fileName,
      max: Number.isFinite(grant.maxBytes) ? String(grant.maxBytes) : "inf",
      e: String(grant.expires),
      n: grant.nonce,
      s: uploadSignature(this.#options.secretKey, grant),
    });
    return `${this.#options.path}?${query}`;
  }

  /**
   * Checks a request's method, path and query. Returns the grant, or the status and
   * reason to refuse it with. A valid signature is consumed (single use).
   */
  verify(
    method: string,
    path: string,
    query: URLSearchParams,
  ): { grant: UploadGrant } | { status: number; reason: string } {
    if (method !== "PUT") return { status: 405, reason: "Uploads use PUT." };
    const sessionId = query.get("sid");
    const fileName = query.get("f");
    const maxText = query.get("max");
    const expiresText = query.get("e");
    const signature = query.get("s");
    const nonce = query.get("n");
    if (
      nonce === null ||
      sessionId === null ||
      fileName === null ||
      maxText === null ||
      expiresText === null ||
      signature === null
    )
      return { status: 403, reason: "The upload URL is incomplete: ask the app for a new one." };
    if (!/^[0-9a-f]{64}$/.test(signature))
      return { status: 403, reason: "The upload URL's signature is malformed." };
    if (
      !/^\d{1,15}$/.test(expiresText) ||
      !(maxText === "inf" || /^\d{1,16}$/.test(maxText)) ||
      !/^[0-9a-f]{1,64}$/.test(nonce)
    )
      return { status: 403, reason: "The upload URL's signature does not match." };
    const grant: UploadGrant = {
      path,
      sessionId,
      fileName,
      maxBytes: maxText === "inf" ? Number.POSITIVE_INFINITY : Number(maxText),
      expires: Number(expiresText),
      nonce,
    };
    const expected = Buffer.from(uploadSignature(this.#options.secretKey, grant, method), "hex");
    const given = Buffer.from(signature, "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { status: 403, reason: "The upload URL's signature does not match." };
    const now = this.now();
    if (now >= grant.expires)
      return { status: 403, reason: "The upload URL has expired: ask the app for a new one." };
    this.#prune(now);
    if (this.#used.has(signature))
      return { status: 403, reason: "The upload URL was already used: ask the app for a new one." };
    this.#used.set(signature, grant.expires);
    return { grant };
  }

  #prune(now: number): void {
    for (const [signature, expires] of this.#used) if (expires <= now) this.#used.delete(signature);
  }
}

/** Options of {@link handleSignedUpload}. @internal */
export interface UploadEndpointOptions {
  signer: UploadSigner;
  uploadDir: string;
  maxUploadSize: number;
  /** Milliseconds without a byte before an upload is cut off. Default 30 000. */
  idleTimeout?: number;
  /** True while the session that minted a URL is live; URLs of ended sessions get 403. */
  sessionAlive?: (sessionId: string) => boolean;
  /** Origins browsers may upload from (as for WebSockets); default: the Host's own. */
  allowedOrigins?: readonly string[];
  /**
   * Which session wrote each file (by path), so one session cannot replace another's
   * upload. Without it (`uploadOverwrite: true`), any upload replaces a file of its name.
   */
  owners?: Map<string, string>;
}

/**
 * The upload endpoint: verifies the URL, then streams the body into the upload directory
 * within the size limit. Never answers 500 for a client's mistake.
 * @internal
 */
export async function handleSignedUpload(
  options: UploadEndpointOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // The path as routed (not normalised), and the query decoded once.
  const target = (req as { originalUrl?: string }).originalUrl ?? req.url ?? "/";
  const at = target.indexOf("?");
  const query = new URLSearchParams(at === -1 ? "" : target.slice(at + 1));
  // A browser's cross-site request is refused (CSRF); clients without Origin are judged
  // by the URL alone, which is the capability.
  const crossSite =
    req.headers["sec-fetch-site"] === "cross-site" ||
    (req.headers.origin !== undefined && !originAllowed(req, options.allowedOrigins));
  if (crossSite && req.method === "PUT")
    return sendText(res, 403, "Uploads are refused from other sites.\n", { Connection: "close" });
  const verdict = options.signer.verify(req.method ?? "", requestPath(req) ?? "", query);
  if ("status" in verdict) {
    const headers: Record<string, string> = { Connection: "close" };
    if (verdict.status === 405) headers.Allow = "PUT";
    return sendText(res, verdict.status, `${verdict.reason}\n`, headers);
  }
  const { grant } = verdict;
  if (options.sessionAlive && !options.sessionAlive(grant.sessionId))
    return sendText(res, 403, "The session that made this upload URL has ended.\n", {
      Connection: "close",
    });
  const bad = badUploadName(grant.fileName);
  if (bad !== undefined) return sendText(res, 400, `Refused: ${bad}.\n`, { Connection: "close" });
  const limit = Math.min(grant.maxBytes, options.maxUploadSize);
  const length = Number(req.headers["content-length"] ?? Number.NaN);
  // Refuse before reading a byte; close so the unread body is not parsed as a request.
  if (length > limit)
    return sendText(res, 413, `Uploads are limited to ${limit} bytes.\n`, { Connection: "close" });

  await mkdir(options.uploadDir, { recursive: true });
  const dir = await realpath(options.uploadDir);
  const file = join(dir, grant.fileName);
  if (dirname(file) !== dir)
    return sendText(res, 400, "Refused: the file name leaves the upload directory.\n", {
      Connection: "close",
    });
  const existing = await lstat(file).catch(() => undefined);
  if (existing !== undefined && !existing.isFile())
    return sendText(res, 409, "Refused: that name is taken by a link or directory.\n", {
      Connection: "close",
    });
  const owners = options.owners;
  if (existing !== undefined && owners !== undefined && owners.get(file) !== grant.sessionId)
    return sendText(
      res,
      409,
      "Refused: a file of that name was uploaded by another session (or was already there). Upload it under another name, or set uploadOverwrite to allow replacing.\n",
      { Connection: "close" },
    );
  const temp = join(dir, `.flet-upload-${randomBytes(12).toString("hex")}.part`);
  const outcome = await receive(req, temp, limit, options.idleTimeout ?? 30_000);
  if (outcome !== "ok") {
    await unlink(temp).catch(() => {});
    const [status, text] =
      outcome === "too-large"
        ? [413, `Uploads are limited to ${limit} bytes.`]
        : outcome === "timeout"
          ? [408, "The upload stalled and was cut off."]
          : [400, "The upload was interrupted."];
    if (!res.headersSent && !res.destroyed) {
      // The rest of the body is not read: the connection ends with the answer.
      res.once("finish", () => req.socket?.destroy());
      sendText(res, status, `${text}\n`, { Connection: "close" });
    }
    return;
  }
  // Re-check just before the rename: refuse a symlink or directory put there meanwhile.
  const now = await lstat(file).catch(() => undefined);
  if (now !== undefined && !now.isFile()) {
    await unlink(temp).catch(() => {});
    return sendText(res, 409, "Refused: that name is taken by a link or directory.\n");
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  owners?.set(file, grant.sessionId);
  sendText(res, 200, "Uploaded.\n");
}

type Outcome = "ok" | "too-large" | "timeout" | "aborted";

function receive(
  req: IncomingMessage,
  temp: string,
  limit: number,
  idleTimeout: number,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const file = createWriteStream(temp, { flags: "wx", mode: 0o600 });
    let bytes = 0;
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: Outcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.off("data", onData);
      if (outcome === "ok") {
        file.end(() => resolve("ok"));
        return;
      }
      req.pause();
      file.destroy();
      file.once("close", () => resolve(outcome));
      if (file.closed) resolve(outcome);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish("timeout"), idleTimeout);
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) {
        finish("too-large");
        return;
      }
      arm();
      if (!file.write(chunk)) {
        req.pause();
        file.once("drain", () => !done && req.resume());
      }
    };
    file.once("error", () => finish("aborted"));
    req.on("data", onData);
    req.once("end", () => finish("ok"));
    req.once("aborted", () => finish("aborted"));
    req.once("error", () => finish("aborted"));
    req.once("close", () => {
      if (!req.complete) finish("aborted");
    });
    arm();
  });
}
