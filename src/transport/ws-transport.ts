import { Subject } from "rxjs";
import type { WebSocket } from "ws";
import { ErrorCode } from "../core/errors.js";
import { encodeMessage } from "../protocol/codec.js";
import { consoleLogger, type Logger } from "../session/logger.js";
import { tooSlow } from "./slow-client.js";
import type { Transport } from "./transport.js";

/**
 * Options of a {@link WsTransport}; `ft.app` passes `maxBufferedBytes` and
 * `heartbeatInterval` from its own options.
 *
 * @example
 * ```ts
 * new WsTransport(ws, { maxBufferedBytes: 1 << 20, heartbeatInterval: 10_000 });
 * ```
 */
export interface WsTransportOptions {
  /** Bytes the peer may leave unread before it is cut off. Default 8 MiB. */
  maxBufferedBytes?: number;
  /** Milliseconds between pings; a peer that misses one is terminated. 0 disables. Default 30 000. */
  heartbeatInterval?: number;
  /** Where to log slow or dead peers. Default: the console. */
  logger?: Logger;
}

/**
 * A {@link Transport} over a `ws` WebSocket. Text frames only (a binary frame is a
 * protocol error, close 1003). It pings the peer every `heartbeatInterval` and
 * terminates it when a pong does not come back in time; and it bounds what waits unsent:
 * a peer that stops reading is terminated once `bufferedAmount` would pass
 * `maxBufferedBytes`, instead of growing the server's memory. Its session survives
 * and the client can resume it.
 *
 * @example
 * ```ts
 * wss.handleUpgrade(req, socket, head, (ws) => host.connect(new WsTransport(ws)));
 * ```
 */
export class WsTransport implements Transport {
  readonly #socket: WebSocket;
  readonly #incoming = new Subject<string>();
  readonly #maxBuffered: number;
  readonly #logger: Logger;
  readonly #heartbeat: ReturnType<typeof setInterval> | undefined;
  #open = true;
  #alive = true;

  /** Frames from the peer, in order; completes when the socket closes. */
  readonly messages = this.#incoming.asObservable();

  constructor(socket: WebSocket, options: WsTransportOptions = {}) {
    this.#socket = socket;
    this.#maxBuffered = options.maxBufferedBytes ?? 8 * 1024 * 1024;
    this.#logger = options.logger ?? consoleLogger;
    socket.on("message", (data, isBinary) => {
      this.#alive = true;
      if (!this.#open) return;
      if (isBinary) {
        this.send(
          encodeMessage({
            type: "error",
            code: ErrorCode.PROTOCOL_MALFORMED,
            message: "Expected a text frame, but got a binary one. Send JSON text frames.",
            fatal: true,
          }),
        );
        this.close(1003, "text frames only");
        return;
      }
      this.#incoming.next(data.toString());
    });
    socket.on("pong", () => void (this.#alive = true));
    // `ws` reports bad frames (too big, invalid UTF-8) here and closes with 1009/1007 itself.
    socket.on("error", (error) => this.#logger.warn(`WebSocket error: ${error.message}`));
    socket.on("close", () => this.#finish());
    const interval = options.heartbeatInterval ?? 30_000;
    if (interval > 0) {
      this.#heartbeat = setInterval(() => this.#beat(), interval);
      this.#heartbeat.unref();
    }
  }

  /** True until either side closed the socket. */
  get open(): boolean {
    return this.#open;
  }

  #beat(): void {
    if (!this.#alive) {
      this.#logger.info("WebSocket peer missed a heartbeat; dropping it.");
      this.#socket.terminate();
      this.#finish();
      return;
    }
    this.#alive = false;
    this.#socket.ping();
  }

  /** Sends one text frame, or cuts a peer that leaves too much unread. */
  send(frame: string): void {
    if (!this.#open || this.#socket.readyState !== this.#socket.OPEN) return;
    if (tooSlow(this.#socket.bufferedAmount, frame.length, this.#maxBuffered, this.#logger)) {
      this.#socket.terminate();
      this.#finish();
      return;
    }
    this.#socket.send(frame);
  }

  /** Closes the socket with a WebSocket close code; `messages` completes at once. */
  close(code = 1000, reason = ""): void {
    if (!this.#open) return;
    try {
      this.#socket.close(code, Buffer.from(reason).subarray(0, 123).toString());
    } catch {
      this.#socket.terminate();
    }
    this.#finish();
  }

  #finish(): void {
    if (this.#heartbeat !== undefined) clearInterval(this.#heartbeat);
    if (!this.#open) return;
    this.#open = false;
    this.#incoming.complete();
  }
}
