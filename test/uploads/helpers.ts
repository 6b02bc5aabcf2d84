// Helpers of the upload tests: an upload endpoint on a loopback port with a clock the
// test controls, and raw PUT requests (literal paths, chosen headers, trickled bodies).

import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type UploadEndpointOptions,
  UploadSigner,
  uploadSignature,
} from "../../src/server/uploads.js";

export const SECRET = "test-secret-key-0123456789abcdef0123456789";
export const PATH = "/upload";

/** A running upload endpoint. */
export interface Endpoint {
  base: string;
  /** The directory holding `uploads/` (the upload dir) and siblings. */
  root: string;
  uploadDir: string;
  signer: UploadSigner;
  /** The endpoint's clock, in ms; move it to expire URLs. */
  clock: { now: number };
  /** A URL signed with the secret for any name (bypassing the signer's own name check). */
  signed(
    fileName: string,
    options?: { expiresIn?: number; sessionId?: string; maxBytes?: number },
  ): string;
  close(): Promise<void>;
}

/** Starts an endpoint with an upload dir under a fresh temp root. */
export async function startEndpoint(
  options: {
    maxUploadSize?: number;
    idleTimeout?: number;
    sessionAlive?: (id: string) => boolean;
    owners?: Map<string, string>;
  } = {},
): Promise<Endpoint> {
  const root = await mkdtemp(join(tmpdir(), "flet-uploads-"));
  const uploadDir = join(root, "uploads");
  const clock = { now: Date.UTC(2026, 0, 1) };
  const maxUploadSize = options.maxUploadSize ?? 1024 * 1024;
  const signer = new UploadSigner({
    secretKey: SECRET,
    path: PATH,
    maxUploadSize,
    now: () => clock.now,
  });
  const endpoint: UploadEndpointOptions = {
    signer,
    uploadDir,
    maxUploadSize,
    idleTimeout: options.idleTimeout,
    sessionAlive: options.sessionAlive,
    owners: options.owners,
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path !== PATH) return void res.writeHead(404).end();
    import("../../src/server/endpoints.js").then(({ handleUpload }) =>
      handleUpload(endpoint, req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end("500");
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    root,
    uploadDir,
    signer,
    clock,
    signed(fileName, { expiresIn = 60, sessionId = "sid1", maxBytes = maxUploadSize } = {}) {
      const expires = Math.floor(clock.now / 1000) + expiresIn;
      const nonce = randomBytes(12).toString("hex");
      const grant = { path: PATH, sessionId, fileName, maxBytes, expires, nonce };
      const query = new URLSearchParams({
        sid: sessionId,
        f: fileName,
        max: String(maxBytes),
        e: String(expires),
        n: nonce,
        s: uploadSignature(SECRET, grant),
      });
      return `${PATH}?${query}`;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** The response of {@link put}. */
export interface PutResponse {
  status: number;
  body: string;
}

/**
 * PUTs `body` to the literal `path`. `chunked` drops Content-Length; `stallAfter` sends
 * that many bytes and then nothing more (the request stays open).
 */
export function put(
  base: string,
  path: string,
  body: Buffer | string = "hello",
  options: {
    method?: string;
    chunked?: boolean;
    contentLength?: number;
    stallAfter?: number;
    headers?: Record<string, string>;
  } = {},
): Promise<PutResponse> {
  const url = new URL(base);
  const data = Buffer.from(body);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (!options.chunked) headers["Content-Length"] = String(options.contentLength ?? data.length);
    const req = request(
      { host: url.hostname, port: url.port, path, method: options.method ?? "PUT", headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", (error) => reject(error));
    if (options.stallAfter !== undefined) {
      req.write(data.subarray(0, options.stallAfter));
      return;
    }
    if (options.method === "GET" || options.method === "HEAD") return void req.end();
    // Several writes, so the server sees the body arrive in pieces.
    for (let at = 0; at < data.length; at += 16 * 1024)
      req.write(data.subarray(at, at + 16 * 1024));
    req.end();
  });
}

/** Every entry under `dir`, recursively, as relative paths (sorted). */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.map(String).sort();
}
