import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { Subject } from "rxjs";
import { consoleLogger, type Logger } from "../session/logger.js";
import { tooSlow } from "./slow-client.js";
import type { Transport } from "./transport.js";

/**
 * Options of an {@link SseTransport}; the web app passes the same `maxBufferedBytes` and
 * `heartbeatInterval` it gives WebSockets.
 *
 * @example
 * ```ts
 * new SseTransport(res, { maxBufferedBytes: 1 << 20, heartbeatInterval: 10_000 });
 * ```
 */
export interface SseTransportOptions {
  /** Bytes the peer may leave unread before it is cut off. Default 8 MiB. */
  maxBufferedBytes?: number;
  /** Milliseconds between keep-alive comments (they keep proxies from timing out). 0 disables. Default 30 000. */
  heartbeatInterval?: number;
  /** Where to log slow peers. Default: the console. */
  logger?: Logger;
}

/**
 * The server end of the SSE + POST transport, for browsers that cannot open a WebSocket
 * (a proxy refusing upgrades). Server→browser frames go down one `text/event-stream`
 * response, one event per frame with an increasing `id`; browser→server frames come in
 * `POST` requests (a JSON array of frames each) that the web app hands to
 * {@link SseTransport.receive}. The first event (`event: open`) carries the
 * connection's secret {@link SseTransport.id}, which every POST must name.
 *
 * A dropped stream closes the transport, as a dropped WebSocket does; the client then
 * reconnects and resumes its session, which replays what it missed.
 *
 * @example
 * ```ts
 * const transport = new SseTransport(res);
 * host.connect(transport);
 * ```
 */
export class SseTransport implements Transport {
  /** The connection's unguessable id: POSTs name it to reach this transport. */
  readonly id = randomBytes(18).toString("base64url");
  readonly #res: ServerResponse;
  readonly #incoming = new Subject<string>();
  readonly #maxBuffered: number;
  readonly #logger: Logger;
  readonly #heartbeat: ReturnType<typeof setInterval> | undefined;
  #open = true;
  #nextId = 1;

  /** Frames from the peer (POSTed), in order; completes when the stream closes. */
  readonly messages = this.#incoming.asObservable();

  constructor(res: ServerResponse, options: SseTransportOptions = {}) {
    this.#res = res;
    this.#maxBuffered = options.maxBufferedBytes ?? 8 * 1024 * 1024;
    this.#logger = options.logger ?? consoleLogger;
    res.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Content-Type-Options": "nosniff",
      // nginx: pass events through at once instead of buffering the response.
      "X-Accel-Buffering": "no",
    });
    res.socket?.setNoDelay(true);
    res.write(`retry: 2147483647\nevent: open\ndata: ${this.id}\n\n`);
    res.on("close", () => this.#finish());
    const interval = options.heartbeatInterval ?? 30_000;
    if (interval > 0) {
      this.#heartbeat = setInterval(() => this.#write(": ping\n\n"), interval);
      this.#heartbeat.unref();
    }
  }

  /** True until either side closed the stream. */
  get open(): boolean {
    return this.#open;
  }

  /** Hands frames POSTed by the peer (in the order they came) to `messages`. */
  receive(frames: readonly string[]): void {
    for (const frame of frames) if (this.#open) this.#incoming.next(frame);
  }

  /** Sends one frame as one event, or cuts a peer that leaves too much unread. */
  send(frame: string): void {
    if (!this.#open) return;
    // SSE cannot carry a CR: such a frame goes JSON-encoded, as an `event: j`.
    const data = frame.includes("\r")
      ? `event: j\ndata: ${JSON.stringify(frame)}`
      : `data: ${frame.replace(/\n/g, "\ndata: ")}`;
    this.#write(`id: ${this.#nextId++}\n${data}\n\n`);
  }

  #write(text: string): void {
    if (!this.#open) return;
    if (tooSlow(this.#res.writableLength, text.length, this.#maxBuffered, this.#logger)) {
      this.#res.destroy();
      this.#finish();
      return;
    }
    this.#res.write(text);
  }

  /**
   * Ends the stream. The browser learns `code` from a last `event: close` (4000 tells it
   * another tab took the session over); `messages` completes at once.
   */
  close(code = 1000, reason = ""): void {
    if (!this.#open) return;
    this.#res.end(`event: close\ndata: ${code} ${reason.replace(/[\r\n]/g, " ")}\n\n`);
    this.#finish();
  }

  #finish(): void {
    if (this.#heartbeat !== undefined) clearInterval(this.#heartbeat);
    if (!this.#open) return;
    this.#open = false;
    this.#incoming.complete();
  }
}
