/**
 * The app side of a static build (`flet-ts build --static`): runs the app's sessions in a
 * browser Worker, with the same session, tree and control code as the Node server. The
 * page posts one `MessagePort` per connection (`{ fletPort: port }`); each becomes a
 * {@link MessagePortTransport} handed to an {@link AppHost}. A reconnect posts a new port
 * and resumes the session as a WebSocket reconnect would.
 *
 * What needs a server says so with `FLET_ERR_STATIC_UNSUPPORTED`: `page.login` (OAuth),
 * `page.getUploadUrl` (uploads), `page.executor.run` (worker threads). Pubsub reaches the
 * sessions of this tab only (each tab runs its own Worker).
 * @module
 */
import { Subject } from "rxjs";
import type { LoginService } from "../auth/page-auth.js";
import { AppHost, type AppHostOptions, type AppMain } from "../session/app-host.js";
import { MessagePortTransport } from "../transport/message-port-transport.js";
import { staticUnsupported } from "./unsupported.js";

/** What the page posts to the Worker: one end of a fresh `MessageChannel`. */
export interface PortMessage {
  /** The Worker's end of the connection. */
  readonly fletPort: MessagePort;
}

/** The scope the Worker listens on (the Worker global, or a test double). */
export interface WorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

let started: AppHost | undefined;

/**
 * Starts serving `main` to the page that created this Worker. Called once, by the static
 * build's entry (or by `ft.app` inside it); later calls return the same host.
 *
 * @example
 * ```ts
 * startStaticWorker((page) => page.add(new ft.Text("No server needed")));
 * ```
 */
export function startStaticWorker(
  main: AppMain,
  options: AppHostOptions = {},
  scope: WorkerScope = globalThis as unknown as WorkerScope,
): AppHost {
  if (started !== undefined) return started;
  const oauth: LoginService = {
    begin: () => Promise.reject(staticUnsupported("page.login (OAuth sign-in)")),
    cancel: () => {},
  };
  const host = new AppHost(main, {
    ...options,
    oauth,
    uploads: {
      sign: () => {
        throw staticUnsupported("page.getUploadUrl (uploads)");
      },
    },
  });
  scope.addEventListener("message", (event) => {
    const port = (event.data as Partial<PortMessage> | null)?.fletPort;
    if (port !== undefined) host.connect(new MessagePortTransport(port, new Subject<string>()));
  });
  started = host;
  return host;
}

/** True once {@link startStaticWorker} ran. @internal */
export function staticWorkerStarted(): boolean {
  return started !== undefined;
}
