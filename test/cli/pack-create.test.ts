import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownPackage } from "../../src/cli/own-package.js";
import { createPack, packPrefixOf } from "../../src/cli/pack-create.js";
import { CLI, REPO_ROOT, runCommand, tempDir } from "./helpers.js";

describe("flet-ts pack create", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("writes a pack in the format of decision 0004", async () => {
    const root = await createPack("flet-acme", {
      cwd: tmp.path,
      io: { out: () => {}, err: () => {} },
    });
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(manifest).toMatchObject({
      name: "flet-acme",
      version: "0.1.0",
      type: "module",
      exports: {
        ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
        "./browser": { types: "./dist/browser/index.d.ts", default: "./dist/browser/index.js" },
        "./package.json": "./package.json",
      },
      "flet-ts": { browser: "./dist/browser/index.js" },
      sideEffects: ["./dist/browser/index.js"],
      peerDependencies: { "flet-ts": `^${ownPackage().version}` },
      scripts: { test: "vitest run" },
      overrides: { vite: "^7" },
    });
    expect(manifest.scripts.build).toMatch(/\btsc -p tsconfig.build.json$/);
    const server = readFileSync(join(root, "src/index.ts"), "utf8");
    expect(server).toContain('@control("acme.greeting", { pack: "flet-acme", version: "0.1.0" })');
    expect(server).toContain('@prop({ kind: "string", text: true }) accessor name');
    expect(server).toContain("@event() accessor onClick");
    expect(readFileSync(join(root, "src/browser/index.ts"), "utf8")).toContain(
      'defineRenderer<HTMLButtonElement>("acme.greeting", {',
    );
    const contract = readFileSync(join(root, "test/contract.test.ts"), "utf8");
    expect(contract).toContain("checkPackContract({");
    expect(contract).toContain("diffPackSchemas(");
    for (const file of ["test/greeting.test.ts", "tsconfig.json", "README.md", ".gitignore"])
      expect(existsSync(join(root, file)), file).toBe(true);
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("npm publish");
  });

  it.each([
    ["flet-acme", "acme"],
    ["flet-ts-charts", "charts"],
    ["my-charts-pack", "mycharts"],
    ["@acme/flet-maps", "maps"],
    ["3d", "pack3d"],
  ])("derives the type prefix of %s: %s", (name, prefix) => {
    expect(packPrefixOf(name)).toBe(prefix);
  });
});

describe("a created pack", () => {
  const tmp = tempDir();
  let pack = "";
  afterAll(() => tmp.remove());

  beforeAll(async () => {
    // --install runs npm install with progress lines; the npm cache is warm from the repo's.
    const created = await runCommand(
      process.execPath,
      [CLI, "pack", "create", "flet-hello", "--install", "--flet-ts", `file:${REPO_ROOT}`],
      tmp.path,
      240_000,
      { ...process.env, npm_config_prefer_offline: "true" },
    );
    expect(created.code, created.output).toBe(0);
    expect(created.output).toMatch(/✔ Installing dependencies \(npm install\): done in \d+ s/);
    expect(created.output).toContain("cd flet-hello && npm test");
    pack = join(tmp.path, "flet-hello");
  }, 240_000);

  it("builds its server and browser entries (npm run build)", async () => {
    const build = await runCommand("npm", ["run", "build"], pack);
    expect(build.code, build.output).toBe(0);
    for (const file of ["dist/index.js", "dist/index.d.ts", "dist/browser/index.js"])
      expect(existsSync(join(pack, file)), file).toBe(true);
  }, 120_000);

  it("type-checks, tests included (npm run typecheck)", async () => {
    const check = await runCommand("npm", ["run", "typecheck"], pack);
    expect(check.code, check.output).toBe(0);
  }, 120_000);

  it("passes its tester and contract tests in Chromium (npm test)", async () => {
    const test = await runCommand("npm", ["test"], pack);
    expect(test.code, test.output).toBe(0);
    expect(test.output).toMatch(/Tests\s+.*4 passed/);
    const schema = JSON.parse(readFileSync(join(pack, "flet-schema.json"), "utf8"));
    expect(schema).toMatchObject({ name: "flet-hello", version: "0.1.0" });
    expect(JSON.stringify(schema)).toContain("hello.greeting");
  }, 240_000);
});
