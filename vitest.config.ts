import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^flet-ts$/, replacement: here("./umbrella/index.ts") },
      { find: /^flet-ts\/pack$/, replacement: here("./src/pack.ts") },
      { find: /^flet-ts\/protocol$/, replacement: here("./src/protocol.ts") },
      { find: /^flet-ts\/testing$/, replacement: here("./src/testing/index.ts") },
      { find: /^flet-ts\/testing\/browser$/, replacement: here("./src/testing/browser/index.ts") },
      { find: /^flet-ts\/client$/, replacement: here("./src/client/index.ts") },
      { find: /^flet-ts\/browser$/, replacement: here("./src/browser/index.ts") },
      { find: /^flet-ts\/controls$/, replacement: here("./controls/index.ts") },
      { find: /^flet-ts\/controls\/browser$/, replacement: here("./controls/browser/index.ts") },
      { find: /^flet-ts\/cupertino$/, replacement: here("./cupertino/index.ts") },
      { find: /^flet-ts\/cupertino\/browser$/, replacement: here("./cupertino/browser/index.ts") },
      { find: /^flet-ts\/semantics$/, replacement: here("./semantics/index.ts") },
      { find: /^flet-ts\/semantics\/browser$/, replacement: here("./semantics/browser/index.ts") },
      { find: /^flet-ts\/express$/, replacement: here("./src/adapters/express/index.ts") },
      { find: /^flet-ts\/fastify$/, replacement: here("./src/adapters/fastify/index.ts") },
      { find: /^flet-ts\/koa$/, replacement: here("./src/adapters/koa/index.ts") },
      { find: /^flet-ts\/hono$/, replacement: here("./src/adapters/hono/index.ts") },
    ],
  },
  test: {
    include: [
      "test/**/*.test.ts",
      "src/**/*.test.ts",
      "controls/**/*.test.ts",
      "examples/**/*.test.ts",
    ],
    testTimeout: 20_000,
    // A browser round trip takes longer than expect.poll's 1 s default while the suite runs
    // files in parallel on two cores; waiting longer changes nothing when it passes.
    expect: { poll: { timeout: 5_000 } },
    // The package has extensionless ESM imports that Node cannot resolve; let vite do it.
    server: { deps: { inline: ["@material/material-color-utilities"] } },
  },
});
