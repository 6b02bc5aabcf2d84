import type { Server } from "node:http";
import { type HttpBindings, serve } from "@hono/node-server";
import { Hono } from "hono";
import { attachUpgrade, flet } from "../../src/adapters/hono/index.js";
import { started } from "./close-server.js";
import { conformance } from "./conformance.js";

conformance({
  name: "hono",
  ownRoutes: true,
  start: (app) => {
    const hono = new Hono<{ Bindings: HttpBindings }>();
    hono.get("/own", (c) => c.text("own"));
    hono.use(flet(app));
    const server = serve({ fetch: hono.fetch, port: 0, hostname: "127.0.0.1" }) as Server;
    return started(attachUpgrade(app, server));
  },
});
