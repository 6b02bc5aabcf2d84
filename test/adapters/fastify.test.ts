import Fastify from "fastify";
import { flet } from "../../src/adapters/fastify/index.js";
import { conformance } from "./conformance.js";

conformance({
  name: "fastify",
  ownRoutes: true,
  start: async (app) => {
    const fastify = Fastify();
    fastify.get("/own", async () => "own");
    await fastify.register(flet(app));
    const base = await fastify.listen({ port: 0, host: "127.0.0.1" });
    return { base, close: () => fastify.close() };
  },
});
