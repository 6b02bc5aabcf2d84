import type { IncomingMessage, ServerResponse } from "node:http";
import { ErrorCode, FletError } from "../core/errors.js";
import type { Logger } from "../session/logger.js";
import { originAllowed } from "../transport/origin.js";
import { SseTransport, type SseTransportOptions } from "../transport/sse-transport.js";
import { sendText } from "./responses.js";

/** What the SSE endpoint needs from the web app. @internal */
export interface SseEndpointOptions extends SseTransportOptions {
  /** Exact origins allowed, as for WebSockets (`undefined`: the Host's own origin). */
  allowedOrigins: readonly string[] | undefined;
  /** The frame limit; a POST may carry at most twice it (as `ws`'s `maxPayload`). */
  maxFrameBytes: number;
  logger: Logger;
  /** Hands a new stream's transport to the session host. */
  connect(transport: SseTransport, req: IncomingMessage): void;
  /** Logs a refusal (rate-limited by the caller). */
  refused(message: string): void;
}

/**
 * The SSE + POST endpoint (`<websocketEndpoint>/sse`): `GET` opens an event stream (a
 * new {@link SseTransport}), `POST ?c=<id>` delivers a JSON array of frames to it. The
 * same Origin rule as WebSockets applies; a POST past twice `maxFrameBytes` gets 413 and
 * closes its connection (as `ws` closes with 1009).
 * @internal
 */
export class SseEndpoint {
  readonly #options: SseEndpointOptions;
  readonly #streams = new Map<string, SseTransport>();

  constructor(options: SseEndpointOptions) {
    this.#options = options;
  }

  /** Open streams. */
  get size(): number {
    return this.#streams.size;
  }

  /** Answers a request on the SSE path. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === "GET") return this.#open(req, res);
    if (req.method === "POST") return this.#post(req, res);
    return sendText(res, 405, "Use GET (event stream) or POST (frames).\n", { Allow: "GET, POST" });
  }

  /** Ends every stream. */
  closeAll(): void {
    for (const transport of this.#streams.values())
      transport.close(1001, "server is shutting down");
  }

  #allowed(req: IncomingMessage, res: ServerResponse, requireOrigin: boolean): boolean {
    // A same-origin EventSource GET carries no Origin; Fetch Metadata tells it apart.
    const site = req.headers["sec-fetch-site"];
    const sameOriginGet =
      !requireOrigin &&
      req.headers.origin === undefined &&
      (site === undefined || site === "same-origin");
    if (sameOriginGet || originAllowed(req, this.#options.allowedOrigins)) return true;
    const error = new FletError(
      ErrorCode.ORIGIN_REFUSED,
      `Expected an event stream from an allowed origin, but got Origin ${JSON.stringify(req.headers.origin ?? null)}. Add it to allowedOrigins if it is yours.`,
    );
    this.#options.refused(error.message);
    sendText(res, 403, `${error.message}\n`);
    return false;
  }

  #open(req: IncomingMessage, res: ServerResponse): void {
    if (!this.#allowed(req, res, false)) return;
    const transport = new SseTransport(res, this.#options);
    this.#streams.set(transport.id, transport);
    transport.messages.subscribe({ complete: () => this.#streams.delete(transport.id) });
    this.#options.connect(transport, req);
  }

  async #post(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!this.#allowed(req, res, true)) return;
    const id = new URL(req.url ?? "/", "http://x").searchParams.get("c") ?? "";
    const transport = this.#streams.get(id);
    if (transport === undefined) return sendText(res, 404, "No such event stream.\n");
    const limit = 2 * this.#options.maxFrameBytes;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) {
        transport.close(1009, "frame too large");
        return sendText(res, 413, "The frames are too large.\n", { Connection: "close" });
      }
      chunks.push(chunk);
    }
    let frames: unknown;
    try {
      frames = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {}
    if (!Array.isArray(frames) || !frames.every((frame) => typeof frame === "string")) {
      transport.close(1003, "expected a JSON array of text frames");
      return sendText(res, 400, "Expected a JSON array of text frames.\n");
    }
    transport.receive(frames);
    res.writeHead(204, { "Cache-Control": "no-store" }).end();
  }
}
