import { quiet } from "./quiet.js";

/** Sends a call to the client and resolves to its result. @internal */
export type ClientCall = (method: string, args: Record<string, unknown>) => Promise<unknown>;

/**
 * The browser's persistent storage for this app (`page.clientStorage`), like Flet's
 * `client_storage`: values are JSON, stored per origin, and every method asks the browser,
 * so each returns a Promise.
 *
 * @example
 * ```ts
 * await page.clientStorage.set("theme", "dark");
 * const theme = await page.clientStorage.get<string>("theme");
 * ```
 */
export class ClientStorage {
  readonly #call: ClientCall;

  /** @internal */
  constructor(call: ClientCall) {
    this.#call = call;
  }

  /** Stores a JSON value under `key`. Resolves to true once stored. */
  set(key: string, value: unknown): Promise<boolean> {
    return quiet(
      (async () => {
        return (
          (await this.#call("clientStorage.set", { key, value: JSON.stringify(value) })) === true
        );
      })(),
    );
  }

  /** The value under `key`, or `undefined`. */
  get<TValue = unknown>(key: string): Promise<TValue | undefined> {
    return quiet(
      (async () => {
        const stored = await this.#call("clientStorage.get", { key });
        return typeof stored === "string" ? (JSON.parse(stored) as TValue) : undefined;
      })(),
    );
  }

  /** True when `key` has a value. */
  containsKey(key: string): Promise<boolean> {
    return quiet(
      (async () => {
        return (await this.#call("clientStorage.containsKey", { key })) === true;
      })(),
    );
  }

  /** Removes `key`; true when it was there. */
  remove(key: string): Promise<boolean> {
    return quiet(
      (async () => {
        return (await this.#call("clientStorage.remove", { key })) === true;
      })(),
    );
  }

  /** The keys starting with `prefix`. */
  getKeys(prefix = ""): Promise<string[]> {
    return quiet(
      (async () => {
        const keys = await this.#call("clientStorage.getKeys", { prefix });
        return Array.isArray(keys) ? keys.map(String) : [];
      })(),
    );
  }

  /** Removes every key of this app. */
  clear(): Promise<boolean> {
    return quiet(
      (async () => {
        return (await this.#call("clientStorage.clear", {})) === true;
      })(),
    );
  }
}
