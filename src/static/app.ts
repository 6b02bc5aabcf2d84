import type { AppOptions } from "../server/app-options.js";
import type { AppMain } from "../session/app-host.js";
import { startStaticWorker } from "./worker.js";

/**
 * What `ft.app` resolves to in a static build: there is no server, so no URL or port.
 */
export interface StaticRunningApp {
  /** Always `""`: a static build has no server of its own. */
  readonly url: string;
  /** Always `0`. */
  readonly port: number;
  /** Nothing to stop: the app lives as long as the page. */
  close(): Promise<void>;
}

/**
 * `ft.app` in a static build: starts the app's sessions in this Worker (see
 * `startStaticWorker`). Server options (port, host, upload directory, OAuth) do not apply
 * and are ignored; `sessionTimeout` and the limits are kept.
 *
 * @example
 * ```ts
 * await ft.app((page) => page.add(new ft.Text("Hi"))); // the same line as on a server
 * ```
 */
export async function app(main: AppMain, options: AppOptions = {}): Promise<StaticRunningApp> {
  const { sessionTimeout, limits, replayBatches, replayBytes, maxPendingEvents } = options;
  startStaticWorker(main, {
    ...(sessionTimeout === undefined ? {} : { sessionTimeout }),
    ...(limits === undefined ? {} : { limits }),
    ...(replayBatches === undefined ? {} : { replayBatches }),
    ...(replayBytes === undefined ? {} : { replayBytes }),
    ...(maxPendingEvents === undefined ? {} : { maxPendingEvents }),
  });
  return { url: "", port: 0, close: async () => {} };
}
