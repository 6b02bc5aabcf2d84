/**
 * `flet-ts pack dev`: the example pack flet-sparks, copied to a temp folder with its own
 * copy of flet-ts installed (as `npm install` in a pack's folder gives it), linked into a
 * temp app. `flet-ts run` loads two copies and stops with FLET_ERR_PACKAGE_TWO_COPIES;
 * `flet-ts pack dev` runs the app with one copy and the pack's sources (no build), and a
 * saved change to the pack's renderer (or its server code) reaches a page open in Chromium.
 */
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../e2e/browser.js";
import { REPO_ROOT, startCli, tempDir } from "./helpers.js";

const RUNNING = /is running at (http:\/\/\S+)/;
const SPARKS = join(REPO_ROOT, "examples/packs/flet-sparks");

const APP = `import * as ft from "flet-ts";
import * as sparks from "flet-sparks";

await ft.app((page) => {
  page.add(
    new ft.Text(\`flet-sparks exports \${Object.keys(sparks).length} names\`),
    new sparks.StarRating({ label: "Rate us", value: 3 }),
  );
});
`;

let root: { path: string; remove(): void };
let app: string;
let pack: string;
let browser: Browser | undefined;

beforeAll(async () => {
  root = tempDir("flet-pack-dev-");
  const base = realpathSync(root.path);
  pack = join(base, "flet-sparks");
  app = join(base, "app");
  // The pack's folder: sources, a build, and flet-ts installed there (a real second copy).
  for (const entry of ["src", "dist", "package.json", "tsconfig.json"]) {
    cpSync(join(SPARKS, entry), join(pack, entry), { recursive: true });
  }
  const ownCopy = join(pack, "node_modules/flet-ts");
  mkdirSync(join(ownCopy, "dist"), { recursive: true });
  copyFileSync(join(REPO_ROOT, "package.json"), join(ownCopy, "package.json"));
  for (const entry of ["src", "umbrella"]) {
    cpSync(join(REPO_ROOT, "dist", entry), join(ownCopy, "dist", entry), { recursive: true });
  }
  for (const name of readdirSync(join(REPO_ROOT, "node_modules"))) {
    if (name.startsWith(".") || name === "flet-ts" || name === "flet-sparks") continue;
    symlinkSync(join(REPO_ROOT, "node_modules", name), join(pack, "node_modules", name), "dir");
  }
  // The app: flet-ts linked to this repository, the pack linked as `npm link` leaves it.
  mkdirSync(join(app, "node_modules"), { recursive: true });
  symlinkSync(REPO_ROOT, join(app, "node_modules/flet-ts"), "dir");
  symlinkSync(pack, join(app, "node_modules/flet-sparks"), "dir");
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({
      name: "sparks-app",
      type: "module",
      dependencies: { "flet-ts": "*", "flet-sparks": "file:../flet-sparks" },
    }),
  );
  writeFileSync(join(app, "app.ts"), APP);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  root?.remove();
});

/** Rewrites a file of the pack, which must contain `from`. */
function edit(file: string, from: string, to: string): void {
  const path = join(pack, file);
  const text = readFileSync(path, "utf8");
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe("flet-ts pack dev", () => {
  it("is needed: flet-ts run loads the pack's own copy too, and stops naming both", async () => {
    const cli = startCli(["run", "app.ts", "--port", "0", "--host", "127.0.0.1"], app);
    try {
      expect(await cli.exited).toBe(1);
      const output = cli.output();
      expect(output).toContain("FLET_ERR_PACKAGE_TWO_COPIES");
      expect(output).toContain(`flet-ts 0.1.0 at ${realpathSync(REPO_ROOT)} (loaded first)`);
      expect(output).toContain(
        `flet-ts 0.1.0 at ${join(pack, "node_modules/flet-ts")} (loading now)`,
      );
      expect(output).toContain("flet-ts pack dev <pack-folder>");
      expect(output).not.toContain("is running at");
    } finally {
      await cli.stop();
    }
  }, 60_000);

  it("runs the app with one copy, from the pack's sources; a saved change reaches the open page", async () => {
    // No build needed: the server classes and the renderers come from src/.
    rmSync(join(pack, "dist"), { recursive: true, force: true });
    const cli = startCli(
      ["pack", "dev", "../flet-sparks", "--port", "0", "--host", "127.0.0.1"],
      app,
    );
    try {
      const [, url] = await cli.waitFor(RUNNING, 60_000);
      expect(cli.output()).toContain(`flet-ts pack dev: flet-sparks@0.1.0 from ${pack}`);
      const page = await browser!.newPage();
      await page.goto(url!);
      const rating = page.getByRole("slider", { name: "Rate us" });
      await expect
        .poll(() => rating.getAttribute("aria-valuetext"), { timeout: 30_000 })
        .toBe("3 of 5 stars");
      const exported = await page.getByText(/^flet-sparks exports \d+ names$/).textContent();
      const count = Number(/\d+/.exec(exported ?? "")![0]);

      // The renderer: rebuilt from the pack's sources, the tab reloads with it.
      let from = cli.output().length;
      edit(
        "src/browser/star-rating.ts",
        'element.setAttribute("aria-valuetext", valueText(value, max));',
        'element.setAttribute("aria-valuetext", valueText(value, max) + " (edited)");',
      );
      await cli.waitFor(/reloading \(changed: [^)]*star-rating\.ts\)/, 20_000, from);
      await cli.waitFor(/reloaded at/, 40_000, from);
      await expect
        .poll(() => rating.getAttribute("aria-valuetext"), { timeout: 30_000 })
        .toBe("3 of 5 stars (edited)");

      // The server side: the app loads the pack's TypeScript sources, no build needed.
      from = cli.output().length;
      writeFileSync(
        join(pack, "src/index.ts"),
        `${readFileSync(join(pack, "src/index.ts"), "utf8")}export const ADDED = 1;\n`,
      );
      await cli.waitFor(/reloaded at/, 40_000, from);
      await page
        .getByText(`flet-sparks exports ${count + 1} names`, { exact: true })
        .waitFor({ timeout: 30_000 });

      // A renderer that does not build keeps the app running and says where it broke.
      from = cli.output().length;
      edit("src/browser/star-rating.ts", '" (edited)");', '" (edited)";');
      await cli.waitFor(
        /the browser entry of flet-sparks did not build; fix it and save/,
        20_000,
        from,
      );
      expect(cli.output().slice(from)).toMatch(/star-rating\.ts:\d+:\d+/);
      expect(cli.output().slice(from)).not.toContain("reloading");
      expect(await rating.getAttribute("aria-valuetext")).toBe("3 of 5 stars (edited)");
    } finally {
      await cli.stop();
    }
  }, 180_000);
});
