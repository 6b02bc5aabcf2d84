/**
 * Hosting in Koa: `flet(web)` is middleware that answers under the app's path and calls
 * `next()` for the rest; `attachUpgrade` routes the app's WebSockets.
 *
 * Run: `npx tsx examples/adapters/koa.ts`, then open http://localhost:8000/apps/myapp/
 * (and http://localhost:8000/api/health).
 */
import { once } from "node:events";
import { pathToFileURL } from "node:url";
import * as ft from "flet-ts";
import { attachUpgrade, flet } from "flet-ts/koa";
import Koa from "koa";
import {
  APP_PATH,
  appUrl,
  listenOn,
  main,
  type StartedExample,
  type StartOptions,
} from "./guestbook.js";

/** The example's name in the gallery. */
export const title = "Koa";
/** One line about it, for the gallery. */
export const description = "The guestbook as Koa middleware, beside Koa's own middleware.";

/** Starts the server: the guestbook under /apps/myapp, and GET /api/health. */
export async function start(options?: StartOptions): Promise<StartedExample> {
  const { port, host } = listenOn(options);
  const web = ft.app(main, { exportApp: true, webAppPath: APP_PATH });
  const koa = new Koa();
  koa.use(async (ctx, next) => {
    if (ctx.method !== "GET" || ctx.path !== "/api/health") return next();
    ctx.body = { status: "ok", sessions: web.host.sessionCount };
  });
  koa.use(flet(web));
  const server = attachUpgrade(web, koa.listen(port, host));
  await once(server, "listening");
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
  console.log(`Guestbook on Koa: ${(await start()).url}`);
}
