/**
 * `flet-ts` as a static build sees it (`flet-ts build --static` points the app's
 * `import * as ft from "flet-ts"` here): the same controls, packs, page and session
 * services as on a server, with `ft.app` starting the app in the browser Worker. The
 * server itself (`WebApp`, `findPacks`, `CONFIG_VARIABLES`, `RedisPubSubBus`) is not here:
 * an app that imports it cannot be built statically, and the build says which name.
 * @module
 */

export * from "../../controls/index.js";
export * from "../../cupertino/index.js";
export * from "../../semantics/index.js";
export { Authorization, type OAuthUser } from "../auth/authorization.js";
export { LoginEvent, type LoginOptions } from "../auth/login-event.js";
export {
  Auth0OAuthProvider,
  AzureOAuthProvider,
  GitHubOAuthProvider,
  GoogleOAuthProvider,
  OAuthProvider,
  OpenIdProvider,
} from "../auth/providers.js";
export * from "../pack.js";
export type { ClientDetails, LaunchUrlOptions, Openable } from "../page/page.js";
export type { Drawer } from "../page/page-views.js";
export type { AppOptions } from "../server/app-options.js";
export {
  AppHost,
  type AppHostOptions,
  type AppMain,
  type ConnectionInfo,
} from "../session/app-host.js";
export { ClientStorage } from "../session/client-storage.js";
export { Executor, type ExecutorOptions } from "../session/executor.js";
export { consoleLogger, type Logger, silentLogger } from "../session/logger.js";
export {
  MemoryPubSubBus,
  type PubSubBus,
  PubSubClient,
  type PubSubEnvelope,
  PubSubHub,
} from "../session/pubsub.js";
export { SessionStorage } from "../session/session-storage.js";
export { sleep } from "../session/sleep.js";
export { app, type StaticRunningApp as RunningApp } from "./app.js";
