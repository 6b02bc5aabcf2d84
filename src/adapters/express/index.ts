import type { RequestHandler } from "express";
import type { WebApp } from "../../server/web-app.js";
import { type FletAdapterOptions, mountedAt } from "../shared.js";

export { attachUpgrade, type FletAdapterOptions } from "../shared.js";

/**
 * `flet-ts/express`: the app as Express middleware. Requests it does not own go on to
 * the next middleware; WebSockets need `attachUpgrade` on the listening server.
 *
 * @example
 * ```ts
 * const web = ft.app(main, { exportApp: true, webAppPath: "/apps/myapp" });
 * const server = express().use(flet(web)).listen(8000);
 * attachUpgrade(web, server);
 * ```
 */
export function flet(app: WebApp, options: FletAdapterOptions = {}): RequestHandler {
  const under = mountedAt(app, options.path);
  return (req, res, next) => {
    if (!under(req.originalUrl)) return next();
    void app.handler(req, res, next);
  };
}
