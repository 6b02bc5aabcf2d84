import Koa from "koa";
import { attachUpgrade, flet } from "../../src/adapters/koa/index.js";
import { started } from "./close-server.js";
import { conformance } from "./conformance.js";

conformance({
  name: "koa",
  ownRoutes: true,
  start: (app) => {
    const koa = new Koa();
    koa.use(async (ctx, next) => {
      if (ctx.path === "/own") ctx.body = "own";
      else await next();
    });
    koa.use(flet(app));
    return started(attachUpgrade(app, koa.listen(0, "127.0.0.1")));
  },
});
