import type { HttpBindings } from "@hono/node-server";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import type { MiddlewareHandler } from "hono";
import type { WebApp } from "../../server/web-app.js";
import { type FletAdapterOptions, mountedAt } from "../shared.js";

export { attachUpgrade, type FletAdapterOptions } from "../shared.js";

/**
 * `flet-ts/hono`: the app as Hono middleware on `@hono/node-server`. It answers on the
 * Node response; requests it does not own go on to `next()`.
 *
 * @example
 * ```ts
 * const web = ft.app(main, { exportApp: true });
 * const hono = new Hono<{ Bindings: HttpBindings }>().use(flet(web));
 * attachUpgrade(web, serve({ fetch: hono.fetch, port: 8000 }) as http.Server);
 * ```
 */
export function flet(
  app: WebApp,
  options: FletAdapterOptions = {},
): MiddlewareHandler<{ Bindings: HttpBindings }> {
  const under = mountedAt(app, options.path);
  return async (c, next) => {
    if (!under(c.env.incoming.url)) return next();
    let passed = false;
    await app.handler(c.env.incoming, c.env.outgoing, () => void (passed = true));
    if (passed) return next();
    // Hono answers HEAD by re-wrapping the GET response, which loses "already sent" and
    // makes @hono/node-server write the head twice (and drop the keep-alive socket).
    if (c.env.incoming.method === "HEAD") c.env.outgoing.writeHead = () => c.env.outgoing;
    return RESPONSE_ALREADY_SENT;
  };
}
