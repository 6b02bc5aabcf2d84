/**
 * Calls the server makes to the browser (`page.launchUrl`, client storage, focus, ...):
 * each is a `call` frame answered by a `result` frame with the same id.
 *
 * @internal
 * @module
 */
import { ErrorCode, FletError } from "../core/errors.js";
import { encodeMessage } from "../protocol/codec.js";
import type { ResultMessage } from "../protocol/messages.js";

interface PendingCall {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  timer: ReturnType<typeof setTimeout>;
  frame: string;
}

/**
 * The server→browser calls of one session. A call waits `timeoutMs` for its result
 * (`FLET_ERR_CALL_TIMEOUT`); one made while the browser is away is sent when it
 * reconnects ({@link ClientCalls.pendingFrames}); a result with an error rejects with
 * `FLET_ERR_CALL_FAILED`.
 *
 * @example
 * ```ts
 * const calls = new ClientCalls(5_000, (frame) => transport.send(frame));
 * const value = await calls.call("getItem", { key: "theme" });
 * // ... when the browser's `result` frame arrives:
 * calls.settle(message);
 * ```
 *
 * @internal
 */
export class ClientCalls {
  readonly #timeoutMs: number;
  readonly #send: (frame: string) => void;
  readonly #pending = new Map<string, PendingCall>();
  #nextCall = 1;

  /**
   * @param timeoutMs - How long a call waits for its result.
   * @param send - Sends a frame when the browser is connected (drops it otherwise).
   */
  constructor(timeoutMs: number, send: (frame: string) => void) {
    this.#timeoutMs = timeoutMs;
    this.#send = send;
  }

  /** Calls that have not been answered yet. */
  get size(): number {
    return this.#pending.size;
  }

  /** Asks the browser to run `method` (for the control `target`); resolves to its result. */
  call(method: string, args: Record<string, unknown>, target?: string): Promise<unknown> {
    const id = (this.#nextCall++).toString(36);
    const frame = encodeMessage({ type: "call", id, method, args, ...(target ? { target } : {}) });
    const timeoutMs = this.#timeoutMs;
    const promise = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(
          new FletError(
            ErrorCode.CALL_TIMEOUT,
            `Expected the browser to answer "${method}" within ${timeoutMs} ms, but it did not (is it offline?).`,
            { method, timeoutMs },
          ),
        );
      }, timeoutMs);
      this.#pending.set(id, { resolve, reject, timer, frame });
    });
    // A call nobody awaits must not crash the process when it fails.
    promise.catch(() => {});
    this.#send(frame);
    return promise;
  }

  /** Settles the call a `result` frame answers; a result for no pending call is ignored. */
  settle(message: ResultMessage): void {
    const call = this.#pending.get(message.id);
    if (call === undefined) return;
    this.#pending.delete(message.id);
    clearTimeout(call.timer);
    if (message.error !== undefined) {
      call.reject(
        new FletError(
          ErrorCode.CALL_FAILED,
          `The browser could not complete the call: ${message.error}`,
          { id: message.id },
        ),
      );
    } else call.resolve(message.value);
  }

  /** Frames of the calls still waiting, to send again to a browser that reconnected. */
  pendingFrames(): string[] {
    return [...this.#pending.values()].map((call) => call.frame);
  }

  /** Rejects every pending call with `error` (the session closed). */
  failAll(error: unknown): void {
    for (const call of this.#pending.values()) {
      clearTimeout(call.timer);
      call.reject(error);
    }
    this.#pending.clear();
  }
}
