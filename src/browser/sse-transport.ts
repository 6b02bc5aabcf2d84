import type { Observable, Subject } from "rxjs";
import type { Transport } from "../transport/transport.js";

/** Bytes of frames one POST carries at most (a single larger frame goes alone). */
const BATCH_BYTES = 256 * 1024;

/**
 * The browser end of the SSE + POST transport, used when WebSockets are blocked:
 * server frames arrive as `EventSource` events, frames to the server go in `fetch` POSTs,
 * one at a time (so they stay in order), each carrying every frame queued meanwhile.
 * Loaded on demand: it is not in the start bundle.
 *
 * @example
 * ```ts
 * const transport = new SseTransport("/ws/sse", new Subject<string>());
 * connection.connect(transport, clientInfo);
 * ```
 */
export class SseTransport implements Transport {
  readonly #url: string;
  readonly #source: EventSource;
  readonly #incoming: Subject<string>;
  readonly #queue: string[] = [];
  #id: string | undefined;
  #posting = false;
  #open = true;
  #code: number | undefined;

  /** Frames from the server; completes on close. */
  readonly messages: Observable<string>;

  /**
   * `incoming` is a fresh rxjs `Subject` from the caller: this chunk then shares no
   * runtime code with the start bundle, which keeps the start bundle unsplit.
   */
  constructor(url: string, incoming: Subject<string>) {
    this.#url = url;
    this.#incoming = incoming;
    this.messages = incoming.asObservable();
    this.#source = new EventSource(url);
    this.#source.addEventListener("open", (event) => {
      // The server's first event (named "open", unlike the EventSource's own) names the connection.
      if (event instanceof MessageEvent) {
        this.#id = event.data;
        this.#pump();
      }
    });
    this.#source.onmessage = (event) => this.#receive(event.data);
    this.#source.addEventListener("j", (event) =>
      this.#receive(JSON.parse((event as MessageEvent).data)),
    );
    this.#source.addEventListener("close", (event) =>
      this.#closed(Number.parseInt((event as MessageEvent).data, 10) || 1000),
    );
    // A dropped stream ends the transport; the client reconnects and resumes the session.
    this.#source.onerror = () => this.#closed(1006);
  }

  /** True until either side closed. */
  get open(): boolean {
    return this.#open;
  }

  /** True once the server's stream has opened (named this connection), even if it closed since. */
  get opened(): boolean {
    return this.#id !== undefined;
  }

  /** Why it closed (`4000`: another tab took over the session; `1006`: the stream dropped). */
  get closeCode(): number | undefined {
    return this.#code;
  }

  /** Queues a frame; it goes out in the next POST. */
  send(frame: string): void {
    if (!this.#open) return;
    this.#queue.push(frame);
    this.#pump();
  }

  /** Ends the stream. */
  close(code = 1000): void {
    this.#closed(code);
  }

  async #pump(): Promise<void> {
    if (this.#posting || this.#id === undefined || this.#queue.length === 0) return;
    this.#posting = true;
    let bytes = 0;
    let count = 0;
    while (count < this.#queue.length && (count === 0 || bytes < BATCH_BYTES))
      bytes += this.#queue[count++]!.length;
    const batch = this.#queue.splice(0, count);
    try {
      const response = await fetch(`${this.#url}?c=${encodeURIComponent(this.#id)}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(batch),
        credentials: "same-origin",
      });
      if (!response.ok) throw new Error(String(response.status));
    } catch {
      // Frames may be lost: end the transport; the session replays on resume.
      this.#closed(1006);
      return;
    }
    this.#posting = false;
    this.#pump();
  }

  #receive(frame: string): void {
    if (this.#open) this.#incoming.next(frame);
  }

  #closed(code: number): void {
    if (!this.#open) return;
    this.#code = code;
    this.#open = false;
    this.#queue.length = 0;
    this.#source.close();
    this.#incoming.complete();
  }
}
