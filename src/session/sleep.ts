/**
 * Waits `ms` milliseconds: the awaitable delay of flet-ts examples. It uses the global
 * `setTimeout`, so the tester's fake clock (`t.pump(ms)`) makes it pass instantly.
 * Rejects with the signal's reason when `signal` aborts (for example `page.signal`).
 *
 * @example
 * ```ts
 * await ft.sleep(1000, { signal: page.signal });
 * ```
 */
export function sleep(ms: number, options: { signal?: AbortSignal } = {}): Promise<void> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
