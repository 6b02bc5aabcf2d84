/**
 * What a page needs from its session: the page's public services (`page.pubsub`,
 * `page.clientStorage`, `page.runTask`, ...) are thin getters over this record, which the
 * session fills in. Kept apart from `Page` so the session, the sign-in code and the page
 * share one small contract.
 *
 * @internal
 * @module
 */
import type { LoginService } from "../auth/page-auth.js";
import type { Control } from "../core/control.js";
import type { ClientStorage } from "../session/client-storage.js";
import type { Executor } from "../session/executor.js";
import type { PubSubClient } from "../session/pubsub.js";
import type { SessionStorage } from "../session/session-storage.js";

/** What a page needs from its session. @internal */
export interface PageServices {
  /** The session id. */
  readonly id: string;
  /** Aborted when the session closes. */
  readonly signal: AbortSignal;
  /** Server-side storage of the session. */
  readonly storage: SessionStorage;
  /** The browser's persistent storage. */
  readonly clientStorage: ClientStorage;
  /** Messages between the sessions of the app. */
  readonly pubsub: PubSubClient;
  /** Worker threads. */
  readonly executor: Executor;
  /** Runs a handler; pending changes are sent after it. */
  runHandler(handler: Function, args: unknown[], source: string): Promise<void>;
  /** Starts a task owned by the session. */
  runTask<TResult>(
    fn: (...args: any[]) => TResult | Promise<TResult>,
    args: unknown[],
  ): Promise<TResult>;
  /** Runs `fn` on a later turn of the event loop. */
  runThread<TResult>(
    fn: (...args: any[]) => TResult | Promise<TResult>,
    args: unknown[],
  ): Promise<TResult>;
  /** Asks the browser to run `method`. */
  call(method: string, args: Record<string, unknown>, target?: string): Promise<unknown>;
  /** The mounted control with this id. */
  control(id: string): Control | undefined;
  /** A signed upload URL, or `undefined` when uploads are off. */
  uploadUrl?(fileName: string, expiresSeconds: number): string | undefined;
  /** Starts sign-ins, when the app is served over HTTP. */
  readonly oauth?: LoginService;
}

/** The key of a page's services. @internal */
export const $services: unique symbol = Symbol("flet.services");
