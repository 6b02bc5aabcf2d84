import type { Observable } from "rxjs";

/**
 * The contract every transport fulfils: an ordered, reliable stream of text frames in
 * each direction, until it closes. WebSocket, in-memory pairs, MessagePorts and SSE+POST
 * all fit behind it; sessions and clients never know which one they use.
 *
 * @example
 * ```ts
 * const [serverSide, clientSide] = createMemoryTransportPair(); // from "flet-ts/protocol"
 * clientSide.messages.subscribe((frame) => console.log("server said", frame));
 * clientSide.send(JSON.stringify({ type: "resync" }));
 * ```
 */
export interface Transport {
  /** Sends one frame. Frames sent after `close()` are dropped. */
  send(frame: string): void;
  /** Frames from the peer, in order; completes when the transport closes. */
  readonly messages: Observable<string>;
  /** Closes both directions. `code` and `reason` follow WebSocket close semantics. */
  close(code?: number, reason?: string): void;
  /** True until `close()` was called by either side. */
  readonly open: boolean;
}
