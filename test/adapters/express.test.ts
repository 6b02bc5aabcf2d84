import express from "express";
import { attachUpgrade, flet } from "../../src/adapters/express/index.js";
import { started } from "./close-server.js";
import { conformance } from "./conformance.js";

conformance({
  name: "express",
  ownRoutes: true,
  start: (app, appPath) => {
    const server = express().get("/own", (_req, res) => void res.send("own"));
    // Under a sub-path, mount the way Express users do: Express strips the prefix from req.url.
    if (appPath === "/") server.use(flet(app));
    else server.use("/apps/myapp", flet(app));
    return started(attachUpgrade(app, server.listen(0, "127.0.0.1")));
  },
});
