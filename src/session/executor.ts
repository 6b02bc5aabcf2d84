import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { ErrorCode, FletError } from "../core/errors.js";

/** Options of the worker pool behind `page.executor`. */
export interface ExecutorOptions {
  /** Most worker threads at once. Default: the number of CPU cores. */
  maxThreads?: number;
  /** Milliseconds an idle worker lives. Default 30 s. */
  idleTimeout?: number;
}

/**
 * The pool of worker threads shared by an app's sessions. Created on first use.
 * @internal
 */
export class WorkerPool {
  #pool: Piscina | undefined;
  readonly #options: ExecutorOptions;

  constructor(options: ExecutorOptions = {}) {
    this.#options = options;
  }

  /** The running pool, started on first use. */
  get pool(): Piscina {
    this.#pool ??= new Piscina({
      maxThreads: this.#options.maxThreads ?? availableParallelism(),
      minThreads: 0,
      idleTimeout: this.#options.idleTimeout ?? 30_000,
    });
    return this.#pool;
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = undefined;
    await pool?.destroy();
  }
}

/**
 * `page.executor`: runs CPU-bound functions on real worker threads, so handlers of every
 * session stay responsive. JavaScript has no shared-memory threads: the function lives
 * in its own module, receives a structured-cloneable argument and returns (or resolves
 * to) a structured-cloneable result. Tasks still running when the session closes are
 * cancelled.
 *
 * @example
 * ```ts
 * // work.js:  export function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
 * const result = await page.executor.run(new URL("./work.js", import.meta.url), "fib", 30);
 * ```
 */
export class Executor {
  readonly #workers: WorkerPool;
  readonly #signal: AbortSignal;

  /** @internal */
  constructor(workers: WorkerPool, signal: AbortSignal) {
    this.#workers = workers;
    this.#signal = signal;
  }

  /**
   * Runs the export `name` of `module` (a file URL or absolute path of a JavaScript
   * module) on a worker thread with `args` as its argument.
   */
  async run<TResult = unknown>(
    module: URL | string,
    name: string,
    args?: unknown,
  ): Promise<TResult> {
    const filename =
      module instanceof URL || module.startsWith("file:") ? fileURLToPath(module) : module;
    try {
      return (await this.#workers.pool.run(args, {
        filename,
        name,
        signal: this.#signal,
      })) as TResult;
    } catch (error) {
      throw new FletError(
        ErrorCode.EXECUTOR_FAILED,
        `Expected the worker function ${name} of ${filename} to return a result, but it failed: ${(error as Error)?.message ?? error}. Check that the module exports ${name} and that its argument and result can be structured-cloned.`,
        { module: filename, name },
        { cause: error },
      );
    }
  }
}
