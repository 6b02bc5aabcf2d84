import type { Subject } from "rxjs";
import { MessagePortTransport } from "../transport/message-port-transport.js";

let worker: Worker | undefined;

/**
 * The page end of a static build's connection: starts the app's Worker once (a module
 * Worker at `url`), then, for each (re)connection, posts it one end of a fresh
 * `MessageChannel` and returns a {@link MessagePortTransport} over the other. A Worker that
 * fails to load (the app threw at start) is reported on the console. Loaded on demand:
 * it is not in the start bundle.
 *
 * @example
 * ```ts
 * const transport = connectWorker("_flet/app-worker.js", new Subject<string>());
 * connection.connect(transport, clientInfo);
 * ```
 */
export function connectWorker(url: string, incoming: Subject<string>): MessagePortTransport {
  if (worker === undefined) {
    worker = new Worker(new URL(url, document.baseURI), { type: "module" });
    worker.addEventListener("error", (event) =>
      console.error(`flet-ts: the app's Worker failed: ${event.message || "it could not load"}`),
    );
  }
  const channel = new MessageChannel();
  worker.postMessage({ fletPort: channel.port2 }, [channel.port2]);
  return new MessagePortTransport(channel.port1, incoming);
}
