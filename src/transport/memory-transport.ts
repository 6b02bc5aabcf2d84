import { Subject } from "rxjs";
import type { Transport } from "./transport.js";

class MemoryTransport implements Transport {
  readonly #incoming = new Subject<string>();
  #peer: MemoryTransport | undefined;
  #open = true;
  /** Frames sent through this end. */
  sent = 0;

  readonly messages = this.#incoming.asObservable();

  get open(): boolean {
    return this.#open;
  }

  connect(peer: MemoryTransport): void {
    this.#peer = peer;
  }

  send(frame: string): void {
    if (!this.#open) return;
    this.sent++;
    const peer = this.#peer!;
    // Deliver on a microtask, like a network would: never re-enter the sender.
    queueMicrotask(() => peer.#deliver(frame));
  }

  #deliver(frame: string): void {
    // Frames sent before a close still arrive, as on a real socket.
    if (!this.#completed) this.#incoming.next(frame);
  }

  #completed = false;

  close(): void {
    if (!this.#open) return;
    this.#open = false;
    queueMicrotask(() => {
      this.#completed = true;
      this.#incoming.complete();
    });
    this.#peer?.close();
  }
}

/**
 * Creates two connected in-memory transports: what one sends, the other receives, in
 * order, asynchronously (on a microtask). Closing either closes both. Used by
 * `flet-ts/testing`, and handy for embedding a session in the same process.
 *
 * @example
 * ```ts
 * const [server, client] = createMemoryTransportPair(); // from "flet-ts/protocol"
 * ```
 */
export function createMemoryTransportPair(): [Transport, Transport] {
  const a = new MemoryTransport();
  const b = new MemoryTransport();
  a.connect(b);
  b.connect(a);
  return [a, b];
}
