/**
 * The record of services a session hands its page (`page.pubsub`, `page.clientStorage`,
 * `page.runTask`, ...): see {@link PageServices}.
 *
 * @internal
 * @module
 */
import type { Control } from "../core/control.js";
import type { PageServices } from "../page/page-services.js";
import { ClientStorage } from "./client-storage.js";
import { Executor } from "./executor.js";
import { PubSubClient } from "./pubsub.js";
import type { SessionContext } from "./session.js";
import { SessionStorage } from "./session-storage.js";
import type { TaskRunner } from "./task-runner.js";

/** What the services need from their session; functions, so they can be made first. @internal */
export interface ServicesOwner {
  readonly id: string;
  readonly context: SessionContext;
  /** Aborted when the session closes. */
  readonly signal: AbortSignal;
  /** The session's task runner (made after the page, so read on use). */
  runner(): TaskRunner;
  /** Asks the browser to run `method`. */
  call(method: string, args: Record<string, unknown>, target?: string): Promise<unknown>;
  /** The mounted control with this id. */
  control(id: string): Control | undefined;
}

/**
 * Makes the services of one session: its storage, the browser's storage (through calls),
 * its pubsub client (whose handlers run like event handlers) and its worker executor.
 *
 * @internal
 */
export function createPageServices(owner: ServicesOwner): PageServices {
  const { id, context, signal } = owner;
  return {
    id,
    signal,
    storage: new SessionStorage(),
    clientStorage: new ClientStorage((method, args) => owner.call(method, args)),
    pubsub: new PubSubClient(context.hub, id, (handler, args) => {
      void owner.runner().runHandler(handler, args, "pubsub handler");
    }),
    executor: new Executor(context.workers, signal),
    runHandler: (handler, args, source) => owner.runner().runHandler(handler, args, source),
    runTask: (fn, args) => owner.runner().runTask(fn, args),
    runThread: (fn, args) => owner.runner().runThread(fn, args),
    call: (method, args, target) => owner.call(method, args, target),
    control: (controlId) => owner.control(controlId),
    oauth: context.oauth,
    uploadUrl: (fileName, expiresSeconds) => context.uploads?.sign(id, fileName, expiresSeconds),
  };
}
