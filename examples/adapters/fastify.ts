/**
 * Hosting in Fastify: `flet(web)` is a plugin. Fastify's own routes win; requests no
 * route matches go to the app, and the plugin wires the app's WebSockets itself.
 *
 * Run: `npx tsx examples/adapters/fastify.ts`, then open http://localhost:8000/apps/myapp/
 * (and http://localhost:8000/api/health).
 */
import { pathToFileURL } from "node:url";
import Fastify from "fastify";
import * as ft from "flet-ts";
import { flet } from "flet-ts/fastify";
import {
  APP_PATH,
  appUrl,
  listenOn,
  main,
  type StartedExample,
  type StartOptions,
} from "./guestbook.js";

/** The example's name in the gallery. */
export const title = "Fastify";
/** One line about it, for the gallery. */
export const description = "The guestbook as a Fastify plugin, beside a Fastify route.";

/** Starts the server: the guestbook under /apps/myapp, and GET /api/health. */
export async function start(options?: StartOptions): Promise<StartedExample> {
  const { port, host } = listenOn(options);
  const web = ft.app(main, { exportApp: true, webAppPath: APP_PATH });
  const fastify = Fastify();
  fastify.get("/api/health", async () => ({ status: "ok", sessions: web.host.sessionCount }));
  await fastify.register(flet(web));
  await fastify.listen({ port, host });
  return {
    url: appUrl(fastify.server, host),
    async close() {
      await web.close();
      await fastify.close();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(`Guestbook on Fastify: ${(await start()).url}`);
}
