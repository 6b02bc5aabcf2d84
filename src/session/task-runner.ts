/**
 * Running app code for a session: event handlers, `main`, pubsub handlers, tasks and
 * threads, with one rule for all of them: when the code returns (or settles) the pending
 * changes are sent, and when it fails the error is reported (architecture invariant 5).
 *
 * @internal
 * @module
 */
import { ErrorCode, FletError } from "../core/errors.js";
import type { Page } from "../page/page.js";
import { PageErrorEvent } from "../page/page-events.js";
import type { ServerMessage } from "../protocol/messages.js";
import type { Logger } from "./logger.js";

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  value !== null &&
  typeof value === "object" &&
  typeof (value as { then?: unknown }).then === "function";

/** What a {@link TaskRunner} needs from its session. @internal */
export interface TaskRunnerOwner {
  readonly page: Page;
  readonly logger: Logger;
  /** Dev mode: the browser gets the error's text and stack, not a generic message. */
  readonly dev: boolean;
  /** Aborted when the session closes; its reason is the session's "closed" error. */
  readonly signal: AbortSignal;
  /** True once the session has ended. */
  closed(): boolean;
  /** The error a closed session's calls and tasks reject with. */
  closedError(): FletError;
  /** Sends pending changes. */
  flush(): void;
  /** Sends a message to the browser when it is connected. */
  send(message: ServerMessage): void;
}

/**
 * Runs a session's handlers and tasks, counts the unfinished ones (the event intake's
 * back-pressure reads {@link TaskRunner.pending}) and reports their errors to the log,
 * `page.onError` and (coded, with the text only in dev mode) the browser.
 *
 * @example
 * ```ts
 * const runner = new TaskRunner(owner);
 * await runner.runHandler(onClick, [event], "click handler of Button#3");
 * const rows = await runner.runTask(loadRows, [query]);
 * ```
 *
 * @internal
 */
export class TaskRunner {
  readonly #owner: TaskRunnerOwner;
  #pending = 0;

  constructor(owner: TaskRunnerOwner) {
    this.#owner = owner;
  }

  /** Async handlers that have not settled yet. */
  get pending(): number {
    return this.#pending;
  }

  /**
   * Runs a handler (sync or async): errors go to `page.onError`, and pending changes are
   * sent after it returns or settles.
   */
  runHandler(handler: Function, args: unknown[], source: string): Promise<void> {
    if (this.#owner.closed()) return Promise.resolve();
    let result: unknown;
    try {
      result = handler(...args);
    } catch (error) {
      this.reportError(error, source);
      this.#owner.flush();
      return Promise.resolve();
    }
    if (!isThenable(result)) {
      this.#owner.flush();
      return Promise.resolve();
    }
    this.#pending++;
    return Promise.resolve(result).then(
      () => {
        this.#pending--;
        this.#owner.flush();
      },
      (error: unknown) => {
        this.#pending--;
        if (this.#owner.closed() && this.#owner.signal.reason === error) return;
        this.reportError(error, source);
        this.#owner.flush();
      },
    );
  }

  /** Starts a task owned by the session (see `page.runTask`). */
  runTask<TResult>(
    fn: (...args: any[]) => TResult | Promise<TResult>,
    args: unknown[],
  ): Promise<TResult> {
    return this.#track(() => fn(...args), `task ${fn.name || "(anonymous)"}`);
  }

  /** Runs `fn` on a later turn of the event loop (see `page.runThread`). */
  runThread<TResult>(
    fn: (...args: any[]) => TResult | Promise<TResult>,
    args: unknown[],
  ): Promise<TResult> {
    return this.#track(
      () =>
        new Promise<TResult>((resolve, reject) =>
          setImmediate(() =>
            Promise.resolve()
              .then(() => fn(...args))
              .then(resolve, reject),
          ),
        ),
      `thread ${fn.name || "(anonymous)"}`,
    );
  }

  #track<TResult>(start: () => TResult | Promise<TResult>, source: string): Promise<TResult> {
    if (this.#owner.closed()) return Promise.reject(this.#owner.closedError());
    let promise: Promise<TResult>;
    try {
      promise = Promise.resolve(start());
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      () => this.#owner.flush(),
      (error: unknown) => {
        const signal = this.#owner.signal;
        if (this.#owner.closed() && (error === signal.reason || signal.aborted)) return;
        this.reportError(error, source);
        this.#owner.flush();
      },
    );
    return promise;
  }

  /** Reports an error of app code: the log, `page.onError`, and the browser in dev mode. */
  reportError(error: unknown, source: string): void {
    const { logger, dev, page } = this.#owner;
    const message = error instanceof Error ? error.message : String(error);
    logger.error(`Error in ${source}: ${message}`, error);
    this.#owner.send({
      type: "error",
      code: error instanceof FletError ? error.code : ErrorCode.HANDLER_FAILED,
      message: dev ? `${source}: ${message}` : "There was an error while processing your request.",
      ...(dev && error instanceof Error && error.stack ? { stack: error.stack } : {}),
    });
    const onError = page.onError;
    if (onError === undefined || source.startsWith("error handler")) return;
    try {
      const result = onError(new PageErrorEvent(page, "error", { error, source }));
      if (isThenable(result)) {
        Promise.resolve(result).catch((inner: unknown) =>
          logger.error("Error in page.onError", inner),
        );
      }
    } catch (inner) {
      logger.error("Error in page.onError", inner);
    }
  }
}
