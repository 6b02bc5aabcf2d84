import type { Middleware } from "koa";
import type { WebApp } from "../../server/web-app.js";
import { type FletAdapterOptions, mountedAt } from "../shared.js";

export { attachUpgrade, type FletAdapterOptions } from "../shared.js";

/**
 * `flet-ts/koa`: the app as Koa middleware. It answers on the raw response
 * (`ctx.respond = false`); requests it does not own go on to `next()`.
 *
 * @example
 * ```ts
 * const web = ft.app(main, { exportApp: true });
 * attachUpgrade(web, new Koa().use(flet(web)).listen(8000));
 * ```
 */
export function flet(app: WebApp, options: FletAdapterOptions = {}): Middleware {
  const under = mountedAt(app, options.path);
  return async (ctx, next) => {
    if (!under(ctx.originalUrl)) return next();
    let passed = false;
    ctx.respond = false;
    await app.handler(ctx.req, ctx.res, () => void (passed = true));
    if (!passed) return;
    ctx.respond = true;
    await next();
  };
}
