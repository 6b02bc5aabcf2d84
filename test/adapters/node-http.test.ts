import { createServer } from "node:http";
import { started } from "./close-server.js";
import { conformance } from "./conformance.js";

conformance({
  name: "node:http",
  ownRoutes: false,
  start: (app) => started(app.attach(createServer()).listen(0, "127.0.0.1")),
});
