/**
 * The published package on a fresh project: `npm pack` of flet-ts, installed from the
 * tarball (no sources, only dist/) next to a pack, run with `flet-ts run`. The server
 * finds the pack, bundles its renderer from the compiled runtime, and Chromium draws it.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../e2e/browser.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = fileURLToPath(new URL("../fixtures/packs/contract-pack", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let project: string;
let child: ChildProcess | undefined;
let browser: Browser | undefined;
let output = "";

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), "flet-published-"));
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", project], {
    cwd: root,
    encoding: "utf8",
  })
    .trim()
    .split("\n")
    .at(-1)!;
  cpSync(fixture, join(project, "contract-pack"), { recursive: true });
  const packJson = join(project, "contract-pack/package.json");
  const pack = JSON.parse(readFileSync(packJson, "utf8"));
  writeFileSync(packJson, JSON.stringify({ ...pack, exports: { "./server.ts": "./server.ts" } }));
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({
      name: "published-app",
      private: true,
      type: "module",
      dependencies: { "flet-ts": `file:./${tarball}`, "contract-pack": "file:./contract-pack" },
    }),
  );
  writeFileSync(
    join(project, "app.ts"),
    [
      'import * as ft from "flet-ts";',
      'import { Badge } from "contract-pack/server.ts";',
      "await ft.app((page) => {",
      "  const badge = new Badge();",
      '  badge.label = "From npm";',
      "  page.add(badge);",
      "});",
    ].join("\n"),
  );
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], {
    cwd: project,
    stdio: "ignore",
  });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  child?.kill("SIGTERM");
  await browser?.close();
});

describe("the published package", () => {
  it("ships no sources, only the compiled runtime and the client's stylesheet", () => {
    const installed = join(project, "node_modules/flet-ts");
    expect(existsSync(join(installed, "src/browser/index.ts"))).toBe(false);
    expect(existsSync(join(installed, "dist/src/browser/index.js"))).toBe(true);
    expect(existsSync(join(installed, "src/browser/styles.css"))).toBe(true);
    expect(existsSync(join(project, "node_modules/.bin/flet-ts"))).toBe(true);
  });

  it("runs an app with `flet-ts run`, bundling the installed pack's renderer", async () => {
    const port = await freePort();
    child = spawn(
      join(project, "node_modules/.bin/flet-ts"),
      ["run", "app.ts", "--port", String(port), "--host", "127.0.0.1"],
      { cwd: project, env: { ...process.env, NODE_ENV: "production" } },
    );
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    const started = Date.now();
    while (!output.includes(`127.0.0.1:${port}`)) {
      if (Date.now() - started > 60_000 || child.exitCode !== null)
        throw new Error(`the app did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const page = await browser!.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByText("From npm 0").waitFor({ timeout: 30_000 });
    expect(await page.locator(".flet-unknown").allTextContents()).toEqual([]);
    expect(output).toContain("bundling the browser client with contract-pack@1.2.0");
    const js = await (await fetch(`http://127.0.0.1:${port}/_flet/client.js`)).text();
    expect(js).toContain('"contract-pack":"1.2.0"');
  }, 120_000);
});
