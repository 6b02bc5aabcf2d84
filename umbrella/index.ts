/**
 * `flet-ts`: Flet's programming model for TypeScript. Build a tree of controls in Node.js;
 * a browser shows it and sends events back.
 *
 * This umbrella sits above every layer: it gathers the pack API (`flet-ts/pack`), the
 * built-in packs (`flet-ts/controls`, `flet-ts/cupertino`, `flet-ts/semantics`), the
 * server and the session services, so that an app needs one import. Nothing in `src/` or
 * in a pack imports it. The wire protocol (codec, messages, JSON pointers, transports)
 * is not here: it lives in `flet-ts/protocol`.
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
export * from "../src/auth/index.js";
export * from "../src/pack.js";
export type { ClientDetails, LaunchUrlOptions, Openable } from "../src/page/page.js";
export type { Drawer } from "../src/page/page-views.js";
export { app, type RunningApp } from "../src/server/app.js";
export type { AppOptions, ClientBundle } from "../src/server/app-options.js";
export { CONFIG_VARIABLES, type ServerConfig } from "../src/server/config.js";
export { findPacks, type InstalledPack } from "../src/server/find-packs.js";
export { WebApp, type WebAppHandler } from "../src/server/web-app.js";
export {
  AppHost,
  type AppHostOptions,
  type AppMain,
  type ConnectionInfo,
  type UploadUrlSigner,
} from "../src/session/app-host.js";
export { ClientStorage } from "../src/session/client-storage.js";
export { Executor, type ExecutorOptions } from "../src/session/executor.js";
export { consoleLogger, type Logger, silentLogger } from "../src/session/logger.js";
export {
  MemoryPubSubBus,
  type PubSubBus,
  PubSubClient,
  type PubSubEnvelope,
  PubSubHub,
} from "../src/session/pubsub.js";
export type { RateLimit } from "../src/session/rate-limit.js";
export { RedisPubSubBus, type RedisPubSubBusOptions } from "../src/session/redis-pubsub-bus.js";
export { SessionStorage } from "../src/session/session-storage.js";
export { sleep } from "../src/session/sleep.js";
