/**
 * Hosting in Express: `flet(web)` is middleware mounted under the app's path, and
 * `attachUpgrade` routes the app's WebSockets on the listening server.
 *
 * Run: `npx tsx examples/adapters/express.ts`, then open http://localhost:8000/apps/myapp/
 * (and http://localhost:8000/api/health).
 */
import { once } from "node:events";
import { pathToFileURL } from "node:url";
import express from "express";
import * as ft from "flet-ts";
import { attachUpgrade, flet } from "flet-ts/express";
import {
  APP_PATH,
  appUrl,
  listenOn,
  main,
  type StartedExample,
  type StartOptions,
} from "./guestbook.js";

/** The example's name in the gallery. */
export const title = "Express";
/** One line about it, for the gallery. */
export const description = "The guestbook as Express middleware, beside an Express route.";

/** Starts the server: the guestbook under /apps/myapp, and GET /api/health. */
export async function start(options?: StartOptions): Promise<StartedExample> {
  const { port, host } = listenOn(options);
  const web = ft.app(main, { exportApp: true, webAppPath: APP_PATH });
  const app = express();
  app.get("/api/health", (_req, res) => {
    res.json({ status: "ok", sessions: web.host.sessionCount });
  });
  app.use(APP_PATH, flet(web));
  const server = attachUpgrade(web, app.listen(port, host));
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
  console.log(`Guestbook on Express: ${(await start()).url}`);
}
