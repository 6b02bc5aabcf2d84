import type { Server } from "node:http";
import type { WebApp } from "../server/web-app.js";

/**
 * Options every adapter's `flet()` takes.
 *
 * @example
 * ```ts
 * server.use(flet(web, { path: "/apps/myapp" }));
 * ```
 */
export interface FletAdapterOptions {
  /** Only requests under this path reach the app. Default: the app's `webAppPath`. */
  path?: string;
}

/** Tests whether a request URL lies under `path` (default: the app's path). @internal */
export function mountedAt(app: WebApp, path = app.config.appPath): (url?: string) => boolean {
  const prefix = path.endsWith("/") ? path : `${path}/`;
  return (url = "") => url.startsWith(prefix) || url.split("?")[0] === prefix.slice(0, -1);
}

/**
 * Routes WebSocket upgrades of `server` to the app. Upgrades for other paths are left to
 * the server's other `upgrade` listeners, or refused with 404 when there are none.
 *
 * @example
 * ```ts
 * attachUpgrade(webApp, expressApp.listen(8000));
 * ```
 */
export function attachUpgrade<TServer extends Server>(app: WebApp, server: TServer): TServer {
  server.on("upgrade", (req, socket, head) =>
    app.upgrade(req, socket, head, server.listenerCount("upgrade") > 1 ? () => {} : undefined),
  );
  return server;
}
