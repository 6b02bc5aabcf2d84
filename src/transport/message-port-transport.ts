import type { Observable, Subject } from "rxjs";
import type { Transport } from "./transport.js";

/**
 * The structural shape of a MessagePort both the browser's and Node's `worker_threads`
 * ports have: `postMessage`, `onmessage` and `close`. Nothing else is needed.
 */
export interface PortLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

/** The control message that tells the peer this end closed (frames are always strings). */
interface CloseNotice {
  readonly close: number;
  readonly reason: string;
}

function isCloseNotice(data: unknown): data is CloseNotice {
  return (
    typeof data === "object" && data !== null && typeof (data as CloseNotice).close === "number"
  );
}

/**
 * A {@link Transport} over one end of a `MessageChannel`: the static build's client (the
 * page) and server (the app in a Worker) talk through it. Frames are strings posted in
 * order; a close posts a small `{close, reason}` notice before closing the port, so both
 * ends complete (a MessagePort has no close event of its own). Anything else arriving
 * (a non-string that is not a close notice) is dropped: only text frames are frames.
 *
 * @example
 * ```ts
 * const channel = new MessageChannel();
 * const serverSide = new MessagePortTransport(channel.port1, new Subject<string>());
 * const clientSide = new MessagePortTransport(channel.port2, new Subject<string>());
 * ```
 */
export class MessagePortTransport implements Transport {
  readonly #port: PortLike;
  readonly #incoming: Subject<string>;
  #open = true;
  #completed = false;
  #code: number | undefined;

  /** Frames from the peer, in order; completes when either end closes. */
  readonly messages: Observable<string>;

  /**
   * `incoming` is a fresh rxjs `Subject` from the caller: the browser's lazy chunk holding
   * this class then shares no runtime code with the start bundle (as with SSE).
   */
  constructor(port: PortLike, incoming: Subject<string>) {
    this.#port = port;
    this.#incoming = incoming;
    this.messages = incoming.asObservable();
    port.onmessage = (event) => {
      const data = event.data;
      if (typeof data === "string") {
        if (!this.#completed) this.#incoming.next(data);
      } else if (isCloseNotice(data)) {
        this.#finish(data.close);
      }
    };
  }

  /** True until either end closed. */
  get open(): boolean {
    return this.#open;
  }

  /** The close code, once closed (`4000`: another tab took over the session). */
  get closeCode(): number | undefined {
    return this.#code;
  }

  /** Posts one frame; dropped after close. */
  send(frame: string): void {
    if (this.#open) this.#port.postMessage(frame);
  }

  /** Tells the peer, then closes the port and completes `messages`. */
  close(code = 1000, reason = ""): void {
    if (!this.#open) return;
    this.#port.postMessage({ close: code, reason } satisfies CloseNotice);
    this.#finish(code);
  }

  #finish(code: number): void {
    this.#code ??= code;
    this.#open = false;
    if (this.#completed) return;
    this.#completed = true;
    // Close on a task, after the notice above has left.
    queueMicrotask(() => {
      this.#port.onmessage = null;
      this.#port.close();
      this.#incoming.complete();
    });
  }
}
