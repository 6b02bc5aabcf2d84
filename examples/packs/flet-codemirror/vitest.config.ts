// The pack's own test run (`npm test` here): flet-ts resolves like any installed
// dependency (node_modules/flet-ts, its built dist/), as it would in a pack's own repo.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
