import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { createApp } from "../../src/cli/create.js";
import { ownPackage } from "../../src/cli/own-package.js";
import { packageNameOf } from "../../src/cli/project-dir.js";
import { CLI, REPO_ROOT, runCommand, tempDir } from "./helpers.js";

const quiet = { out: () => {}, err: () => {} };
const rootPackage = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8"));

describe("flet-ts create", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("writes a starter app, its test and the project files", async () => {
    let out = "";
    const root = await createApp("counter", {
      cwd: tmp.path,
      io: { out: (text) => (out += text), err: () => {} },
    });
    expect(root).toBe(join(tmp.path, "counter"));
    for (const file of ["package.json", "app.ts", "app.test.ts", "tsconfig.json", "README.md"])
      expect(existsSync(join(root, file)), file).toBe(true);
    expect(readFileSync(join(root, ".gitignore"), "utf8")).toContain("node_modules/");
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(manifest).toMatchObject({
      name: "counter",
      type: "module",
      scripts: { start: "flet-ts run app.ts", dev: "flet-ts run -r app.ts", test: "vitest run" },
      dependencies: { "flet-ts": `^${ownPackage().version}` },
      devDependencies: {
        vitest: rootPackage.devDependencies.vitest,
        typescript: rootPackage.devDependencies.typescript,
      },
      overrides: { vite: rootPackage.overrides.vite },
    });
    expect(readFileSync(join(root, "app.test.ts"), "utf8")).toContain(
      'import { createTester, type Tester } from "flet-ts/testing";',
    );
    expect(JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8")).compilerOptions).toEqual(
      expect.objectContaining({ strict: true, module: "NodeNext" }),
    );
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("npm run dev");
    expect(out).toContain("cd counter && npm install && npm start");
  });

  it("refuses a folder that is not empty, and changes nothing in it", async () => {
    const dir = join(tmp.path, "taken");
    await createApp(dir, { io: quiet });
    writeFileSync(join(dir, "app.ts"), "// mine");
    let err = "";
    const code = await cli(["create", dir], { out: () => {}, err: (text) => (err += text) });
    expect(code).toBe(1);
    expect(err).toMatch(/^flet-ts: Expected a new or empty folder, but .*taken is not empty/);
    expect(readFileSync(join(dir, "app.ts"), "utf8")).toBe("// mine");
  });

  it("refuses a file", async () => {
    writeFileSync(join(tmp.path, "file.txt"), "");
    let err = "";
    const code = await cli(["create", join(tmp.path, "file.txt")], {
      out: () => {},
      err: (text) => (err += text),
    });
    expect(code).toBe(1);
    expect(err).toContain("file.txt is a file.");
  });

  it("accepts an empty folder", async () => {
    const dir = join(tmp.path, "empty");
    await createApp(dir, { io: quiet }); // creates it
    const again = join(tmp.path, "empty2");
    await createApp(again, { io: quiet });
    expect(existsSync(join(again, "app.ts"))).toBe(true);
  });

  it.each([
    ["/x/My App", "my-app"],
    ["/x/counter", "counter"],
    ["/x/_private", "private"],
    ["/x/@@@", "flet-app"],
  ])("names the package after the folder %s: %s", (path, name) => {
    expect(packageNameOf(path)).toBe(name);
  });
});

describe("a created app", () => {
  const tmp = tempDir();
  let app = "";
  afterAll(() => tmp.remove());

  beforeAll(async () => {
    const created = await runCommand(
      process.execPath,
      [CLI, "create", "my-app", "--flet-ts", `file:${REPO_ROOT}`],
      tmp.path,
    );
    expect(created.code, created.output).toBe(0);
    app = join(tmp.path, "my-app");
    const install = await runCommand(
      "npm",
      ["install", "--prefer-offline", "--no-audit", "--no-fund"],
      app,
    );
    expect(install.code, install.output).toBe(0);
  }, 240_000);

  it("passes its own tests (npm test)", async () => {
    const test = await runCommand("npm", ["test"], app);
    expect(test.code, test.output).toBe(0);
    expect(test.output).toMatch(/Tests\s+.*2 passed/);
  }, 120_000);

  it("type-checks (npm run typecheck)", async () => {
    const check = await runCommand("npm", ["run", "typecheck"], app);
    expect(check.code, check.output).toBe(0);
  }, 120_000);

  it("has the flet-ts executable (npx flet-ts --version)", async () => {
    const version = await runCommand("npx", ["--no-install", "flet-ts", "--version"], app);
    expect(version.code, version.output).toBe(0);
    expect(version.output).toContain(ownPackage().version);
  }, 60_000);
});
