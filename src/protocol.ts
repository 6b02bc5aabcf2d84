/**
 * `flet-ts/protocol`: the wire between a session and its client — the messages, their
 * codec, the compact tree and JSON-pointer helpers, the browser configuration, and the
 * transports that carry frames. Apps never need it; hosts that bring their own socket,
 * tools that read frames, and tests of the protocol do.
 *
 * @example
 * ```ts
 * import { AppHost } from "flet-ts";
 * import { createMemoryTransportPair } from "flet-ts/protocol";
 *
 * const host = new AppHost((page) => page.add());
 * const [server, client] = createMemoryTransportPair();
 * host.connect(server);
 * ```
 * @module
 */
export * from "./protocol/browser-config.js";
export {
  type CodecLimits,
  decodeClientMessage,
  decodeServerMessage,
  encodeMessage,
} from "./protocol/codec.js";
export * from "./protocol/messages.js";
export * from "./protocol/wire.js";
export { createMemoryTransportPair } from "./transport/memory-transport.js";
export { MessagePortTransport, type PortLike } from "./transport/message-port-transport.js";
export { originAllowed } from "./transport/origin.js";
export { SseTransport, type SseTransportOptions } from "./transport/sse-transport.js";
export type { Transport } from "./transport/transport.js";
export { WsTransport, type WsTransportOptions } from "./transport/ws-transport.js";
