/**
 * Hosting on plain `node:http`: the exported app's `handler` answers the requests under
 * its path and `upgrade` takes its WebSockets; everything else is the server's own.
 *
 * Run: `npx tsx examples/adapters/node-http.ts`, then open http://localhost:8000/apps/myapp/
 * (and http://localhost:8000/api/health).
 */
import { once } from "node:events";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import * as ft from "flet-ts";
import {
  APP_PATH,
  appUrl,
  listenOn,
  main,
  type StartedExample,
  type StartOptions,
} from "./guestbook.js";

/** The example's name in the gallery. */
export const title = "node:http";
/** One line about it, for the gallery. */
export const description = "The guestbook beside GET /api/health on a plain node:http server.";

/** Starts the server: the guestbook under /apps/myapp, and GET /api/health. */
export async function start(options?: StartOptions): Promise<StartedExample> {
  const { port, host } = listenOn(options);
  const web = ft.app(main, { exportApp: true, webAppPath: APP_PATH });
  const server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/api/health") {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ status: "ok", sessions: web.host.sessionCount }));
      return;
    }
    // The app answers under its path; without a `next`, anything else gets a 404.
    void web.handler(req, res);
  });
  server.on("upgrade", web.upgrade);
  server.listen(port, host);
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
  console.log(`Guestbook on node:http: ${(await start()).url}`);
}
