/**
 * Hosting in Hono on its Node server (`@hono/node-server`): `flet(web)` is middleware
 * that answers on the Node response, and `attachUpgrade` routes the app's WebSockets.
 *
 * Run: `npx tsx examples/adapters/hono.ts`, then open http://localhost:8000/apps/myapp/
 * (and http://localhost:8000/api/health).
 */
import { once } from "node:events";
import type { Server } from "node:http";
import { pathToFileURL } from "node:url";
import { type HttpBindings, serve } from "@hono/node-server";
import * as ft from "flet-ts";
import { attachUpgrade, flet } from "flet-ts/hono";
import { Hono } from "hono";
import {
  APP_PATH,
  appUrl,
  listenOn,
  main,
  type StartedExample,
  type StartOptions,
} from "./guestbook.js";

/** The example's name in the gallery. */
export const title = "Hono";
/** One line about it, for the gallery. */
export const description =
  "The guestbook as Hono middleware on @hono/node-server, beside a Hono route.";

/** Starts the server: the guestbook under /apps/myapp, and GET /api/health. */
export async function start(options?: StartOptions): Promise<StartedExample> {
  const { port, host } = listenOn(options);
  const web = ft.app(main, { exportApp: true, webAppPath: APP_PATH });
  // `HttpBindings` gives middleware the Node request and response, which flet() answers on.
  const hono = new Hono<{ Bindings: HttpBindings }>();
  hono.get("/api/health", (c) => c.json({ status: "ok", sessions: web.host.sessionCount }));
  hono.use(flet(web));
  const server = serve({ fetch: hono.fetch, port, hostname: host }) as Server;
  attachUpgrade(web, server);
  if (!server.listening) await once(server, "listening");
  return {
    url: appUrl(server, host),
    async close() {
      await web.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(`Guestbook on Hono: ${(await start()).url}`);
}
