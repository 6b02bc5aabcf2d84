import { Subject } from "rxjs";
import type { Transport } from "../transport/transport.js";

/**
 * A {@link Transport} over the browser's native WebSocket. Frames sent before the socket
 * opens are queued (the protocol client sends `register` at once). `messages` completes
 * when the socket closes, for whatever reason; {@link closeCode} says why.
 *
 * rxjs's `Subject` is already in the bundle for `ClientConnection`, so it costs nothing here.
 *
 * @example
 * ```ts
 * const transport = new WebSocketTransport("wss://example.com/ws");
 * connection.connect(transport, clientInfo);
 * ```
 */
export class WebSocketTransport implements Transport {
  readonly #socket: WebSocket;
  readonly #incoming = new Subject<string>();
  readonly #queue: string[] = [];
  #open = true;
  #code: number | undefined;
  #completed = false;
  #opened = false;

  /** Frames from the server; completes on close. */
  readonly messages = this.#incoming.asObservable();

  constructor(url: string) {
    this.#socket = new WebSocket(url);
    this.#socket.onopen = () => {
      this.#opened = true;
      for (const frame of this.#queue.splice(0)) this.#socket.send(frame);
    };
    this.#socket.onmessage = (event) => {
      if (typeof event.data === "string") this.#incoming.next(event.data);
    };
    this.#socket.onclose = (event) => this.#closed(event.code);
    // An error is always followed by a close event; nothing to do here.
    this.#socket.onerror = () => {};
  }

  /** True until either side closed. */
  get open(): boolean {
    return this.#open;
  }

  /** The WebSocket close code, once closed (`4000`: another tab took over the session). */
  get closeCode(): number | undefined {
    return this.#code;
  }

  /** True once the socket has opened. */
  get connected(): boolean {
    return this.#socket.readyState === WebSocket.OPEN;
  }

  /** True once the socket has opened, even if it closed since. */
  get opened(): boolean {
    return this.#opened;
  }

  send(frame: string): void {
    if (!this.#open) return;
    if (this.#socket.readyState === WebSocket.OPEN) this.#socket.send(frame);
    else this.#queue.push(frame);
  }

  close(code = 1000, reason = ""): void {
    if (!this.#open) return;
    try {
      this.#socket.close(code, reason);
    } catch {
      this.#socket.close();
    }
    this.#closed(code);
  }

  #closed(code: number): void {
    this.#code ??= code;
    this.#open = false;
    this.#queue.length = 0;
    if (this.#completed) return;
    this.#completed = true;
    this.#incoming.complete();
  }
}

/** The WebSocket URL of an endpoint path on the page's own host. */
export function webSocketUrl(path: string, location: Location = window.location): string {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${path}`;
}
