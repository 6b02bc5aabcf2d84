/**
 * Server-side storage of one session (`page.session`): values of any type, never sent to
 * the browser, gone when the session ends.
 *
 * @example
 * ```ts
 * page.session.set("cart", []);
 * const cart = page.session.get<string[]>("cart");
 * ```
 */
export class SessionStorage {
  readonly #values = new Map<string, unknown>();

  /** Stores `value` under `key`. */
  set(key: string, value: unknown): void {
    this.#values.set(key, value);
  }

  /** The value under `key`, or `undefined`. */
  get<TValue = unknown>(key: string): TValue | undefined {
    return this.#values.get(key) as TValue | undefined;
  }

  /** True when `key` has a value. */
  containsKey(key: string): boolean {
    return this.#values.has(key);
  }

  /** Removes `key`; true when it was there. */
  remove(key: string): boolean {
    return this.#values.delete(key);
  }

  /** The keys in insertion order. */
  getKeys(): string[] {
    return [...this.#values.keys()];
  }

  /** Removes everything. */
  clear(): void {
    this.#values.clear();
  }
}
