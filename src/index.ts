/**
 * `flet-ts`: Flet's programming model for TypeScript. Build a tree of controls in Node.js;
 * a browser shows it and sends events back.
 *
 * @example
 * ```ts
 * import * as ft from "flet-ts";
 *
 * await ft.app((page) => {
 *   page.add(new ft.Text("Hello, world!"));
 * });
 * ```
 * @module
 */

export * from "../controls/index.js";
export * from "../cupertino/index.js";
export * from "../semantics/index.js";
export * from "./auth/index.js";
export * from "./pack.js";
export type { ClientDetails, LaunchUrlOptions, Openable } from "./page/page.js";
export * from "./protocol/browser-config.js";
export {
  type CodecLimits,
  decodeClientMessage,
  decodeServerMessage,
  encodeMessage,
} from "./protocol/codec.js";
export * from "./protocol/messages.js";
export * from "./protocol/wire.js";
export { app, type RunningApp } from "./server/app.js";
export type { AppOptions, ClientBundle } from "./server/app-options.js";
export { CONFIG_VARIABLES, type ServerConfig } from "./server/config.js";
export { findPacks, type InstalledPack } from "./server/find-packs.js";
export { WebApp, type WebAppHandler } from "./server/web-app.js";
export {
  AppHost,
  type AppHostOptions,
  type AppMain,
  type ConnectionInfo,
  type UploadUrlSigner,
} from "./session/app-host.js";
export { ClientStorage } from "./session/client-storage.js";
export { Executor, type ExecutorOptions } from "./session/executor.js";
export { consoleLogger, type Logger, silentLogger } from "./session/logger.js";
export {
  MemoryPubSubBus,
  type PubSubBus,
  PubSubClient,
  type PubSubEnvelope,
  PubSubHub,
} from "./session/pubsub.js";
export { RedisPubSubBus, type RedisPubSubBusOptions } from "./session/redis-pubsub-bus.js";
export { SessionStorage } from "./session/session-storage.js";
export { sleep } from "./session/sleep.js";
export { createMemoryTransportPair } from "./transport/memory-transport.js";
export { originAllowed } from "./transport/origin.js";
export type { Transport } from "./transport/transport.js";
export { WsTransport, type WsTransportOptions } from "./transport/ws-transport.js";
