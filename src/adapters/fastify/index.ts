import type { FastifyPluginCallback } from "fastify";
import type { WebApp } from "../../server/web-app.js";
import { attachUpgrade, type FletAdapterOptions, mountedAt } from "../shared.js";

export { attachUpgrade, type FletAdapterOptions } from "../shared.js";

/**
 * `flet-ts/fastify`: the app as a Fastify plugin. Your routes win; requests no route
 * matches are handed to the app before Fastify parses their body (an `onRequest` hook
 * on the 404 route, registered on the root instance). It wires WebSocket upgrades itself.
 *
 * @example
 * ```ts
 * const web = ft.app(main, { exportApp: true });
 * await Fastify().register(flet(web)).listen({ port: 8000 });
 * ```
 */
export function flet(app: WebApp, options: FletAdapterOptions = {}): FastifyPluginCallback {
  const under = mountedAt(app, options.path);
  const plugin: FastifyPluginCallback = (fastify, _options, done) => {
    fastify.addHook("onRequest", (request, reply, next) => {
      if (!request.is404 || !under(request.raw.url)) return next();
      reply.hijack();
      void app.handler(request.raw, reply.raw);
    });
    attachUpgrade(app, fastify.server);
    done();
  };
  // Like fastify-plugin: the hook belongs to the parent instance, where the 404 route is.
  return Object.assign(plugin, { [Symbol.for("skip-override")]: true });
}
