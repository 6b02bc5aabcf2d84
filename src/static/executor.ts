/**
 * The static build's stand-in for `src/session/executor.ts` (swapped in by
 * `flet-ts build --static`): a browser Worker has no worker-thread pool, so
 * `page.executor.run` rejects with `FLET_ERR_STATIC_UNSUPPORTED`. Same exports, same shapes.
 * @module
 */
import { ErrorCode, FletError } from "../core/errors.js";

/** Options of the worker pool (ignored in a static build). */
export interface ExecutorOptions {
  /** Ignored: a static build has no worker threads. */
  maxThreads?: number;
  /** Ignored: a static build has no worker threads. */
  idleTimeout?: number;
}

/** A pool that never starts: a static build has no worker threads. */
export class WorkerPool {
  constructor(_options: ExecutorOptions = {}) {}

  /** Nothing to stop. */
  async close(): Promise<void> {}
}

/**
 * `page.executor` in a static build: {@link Executor.run} rejects with
 * `FLET_ERR_STATIC_UNSUPPORTED`, as there is no server to run worker functions on.
 *
 * @example
 * ```ts
 * await page.executor.run(new URL("./work.js", import.meta.url), "sum", [1, 2]); // rejects
 * ```
 */
export class Executor {
  constructor(_workers: WorkerPool, _signal: AbortSignal) {}

  /** Rejects: a static build cannot run worker functions. */
  async run<TResult = unknown>(
    module: URL | string,
    name: string,
    _args?: unknown,
  ): Promise<TResult> {
    throw new FletError(
      ErrorCode.STATIC_UNSUPPORTED,
      `Expected a server to run the worker function ${name} of ${String(module)}, but this is a static build (the app runs in the browser). Call the function directly, or host the app with a server (flet-ts run).`,
    );
  }
}
