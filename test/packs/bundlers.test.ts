/**
 * flet-ts and a third-party pack bundled by an app's own bundler, with no flet-ts plugin:
 * plain esbuild and Vite. Both read the packages' `sideEffects` lists, so the modules
 * that register renderers (the runtime's `page` and `view`, the controls pack, the
 * third-party pack) must be declared there or the bundler drops them. Each bundle is
 * loaded in Chromium against a real flet-ts server.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as ft from "flet-ts";
import { ConstrainedControl, control, prop } from "flet-ts/pack";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClientBundle } from "../../src/browser/bundle.js";
import { launchBrowser, serveApp, waitForText } from "../e2e/browser.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The server half of the third-party pack bundled below. */
@control("acme.badge", { pack: "acme-badge", version: "1.0.0" })
class Badge extends ConstrainedControl {
  @prop({ kind: "string" }) accessor label: string | undefined;
}

/**
 * An app folder: flet-ts installed as npm would (its published files: package.json,
 * dist/, the stylesheet; its dependencies beside it), a third-party pack, a client entry.
 * A copy, not a link to this checkout, whose tsconfig `paths` esbuild would apply.
 */
function appFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "flet-bundlers-"));
  const modules = join(dir, "node_modules");
  const installed = join(modules, "flet-ts");
  mkdirSync(join(installed, "src/browser"), { recursive: true });
  mkdirSync(join(modules, "acme-badge"), { recursive: true });
  copyFileSync(join(root, "package.json"), join(installed, "package.json"));
  copyFileSync(join(root, "src/browser/styles.css"), join(installed, "src/browser/styles.css"));
  cpSync(join(root, "dist"), join(installed, "dist"), { recursive: true });
  for (const name of readdirSync(join(root, "node_modules"))) {
    if (
      name.startsWith(".") ||
      name === "flet-ts" ||
      name === "flet-sparks" ||
      name === "flet-codemirror"
    )
      continue;
    symlinkSync(join(root, "node_modules", name), join(modules, name), "dir");
  }
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  write("package.json", JSON.stringify({ name: "bundled-app", private: true, type: "module" }));
  write(
    "node_modules/acme-badge/package.json",
    JSON.stringify({
      name: "acme-badge",
      version: "1.0.0",
      type: "module",
      // Honest: the browser entry registers a renderer; the helper module has no effects.
      sideEffects: ["./browser.js"],
      exports: { "./browser": "./browser.js" },
      "flet-ts": { browser: "./browser.js" },
      peerDependencies: { "flet-ts": "*" },
    }),
  );
  write(
    "node_modules/acme-badge/label.js",
    'export const label = (value) => "badge: " + (value ?? "");\n',
  );
  write(
    "node_modules/acme-badge/browser.js",
    [
      'import { defineRenderer } from "flet-ts/browser";',
      'import { label } from "./label.js";',
      'defineRenderer("acme.badge", {',
      "  create() {",
      '    const element = document.createElement("span");',
      '    element.className = "acme-badge";',
      "    return element;",
      "  },",
      "  update(element, ctx) {",
      "    element.textContent = label(ctx.props.label);",
      "  },",
      "});",
      "",
    ].join("\n"),
  );
  // A pack that copies the false claim: its browser entry is dropped by any bundler.
  mkdirSync(join(modules, "liar-badge"), { recursive: true });
  write(
    "node_modules/liar-badge/package.json",
    JSON.stringify({
      name: "liar-badge",
      version: "1.0.0",
      type: "module",
      sideEffects: false,
      "flet-ts": { browser: "./browser.js" },
    }),
  );
  write(
    "node_modules/liar-badge/browser.js",
    'import { defineRenderer } from "flet-ts/browser";\n' +
      'defineRenderer("liar.badge", { create: () => document.createElement("span"), update() {} });\n',
  );
  // What an app's client entry looks like: side-effect imports, then start.
  write(
    "client.js",
    [
      'import "flet-ts/styles.css";',
      'import "flet-ts/controls/browser";',
      'import "acme-badge/browser";',
      'import { startClient } from "flet-ts/browser";',
      'startClient({ packs: { "acme-badge": "1.0.0" } });',
      "",
    ].join("\n"),
  );
  return dir;
}

const PRODUCTION = { "process.env.NODE_ENV": '"production"' };

/** Plain esbuild: the options an app would write, nothing flet-specific. */
async function withEsbuild(dir: string): Promise<ft.ClientBundle> {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: { client: join(dir, "client.js") },
    absWorkingDir: dir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    outdir: join(dir, "out"),
    chunkNames: "chunk-[hash]",
    define: PRODUCTION,
    logLevel: "silent",
  });
  const files = new Map(result.outputFiles.map((file) => [basename(file.path), file.text]));
  return collect(files);
}

/** Vite's library build of the same entry. */
async function withVite(dir: string): Promise<ft.ClientBundle> {
  const { build } = await import("vite");
  const output = await build({
    root: dir,
    configFile: false,
    logLevel: "silent",
    define: PRODUCTION,
    build: {
      write: false,
      minify: true,
      lib: { entry: join(dir, "client.js"), formats: ["es"], fileName: () => "client.js" },
      rollupOptions: {
        output: { chunkFileNames: "chunk-[hash].js", assetFileNames: "client[extname]" },
      },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((o) =>
    "output" in o ? o.output : [],
  );
  const files = new Map(
    outputs.map((file) => [
      file.fileName,
      file.type === "chunk" ? file.code : Buffer.from(file.source).toString("utf8"),
    ]),
  );
  return collect(files);
}

/** The entry, its stylesheet and its chunks, as the flet-ts server serves them. */
function collect(files: Map<string, string>): ft.ClientBundle {
  const js = files.get("client.js");
  if (js === undefined) throw new Error(`no client.js among ${[...files.keys()].join(", ")}`);
  const chunks: Record<string, string> = {};
  for (const [name, text] of files) {
    if (name !== "client.js" && name.endsWith(".js")) chunks[name] = text;
  }
  return { js, css: files.get("client.css") ?? "", chunks };
}

describe("bundling flet-ts and a pack with the app's own bundler", () => {
  let browser: Browser | undefined;
  let dir = "";
  beforeAll(async () => {
    expect(
      existsSync(join(root, "dist/controls/browser/index.js")),
      "run `npm run build` first (npm test does): the app imports the built package",
    ).toBe(true);
    dir = appFolder();
    browser = await launchBrowser();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["esbuild", withEsbuild],
    ["Vite", withVite],
  ])(
    "%s keeps the page, the view, the controls and the pack's renderer",
    async (_, bundle) => {
      const client = await bundle(dir);
      // The registrations are in the bundle at all (a dropped module leaves no trace).
      const code = [client.js, ...Object.values(client.chunks ?? {})].join("\n");
      expect(code).toContain("acme.badge");
      expect(String(client.css)).toContain("flet-unknown");
      const app = await serveApp(
        (page) => {
          page.add(new ft.Text("hello from the app"), new Badge({ label: "third-party" }));
        },
        { getClientBundle: async () => client },
      );
      const page = await browser!.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("response", (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      try {
        await page.goto(app.url);
        await waitForText(page, "hello from the app", 15_000).catch((error: Error) => {
          throw new Error(`${error.message}\nPage errors: ${errors.join("\n") || "none"}`);
        });
        await waitForText(page, "badge: third-party");
        // The page and view renderers drew the page (not the unknown-control box).
        expect(await page.locator(".flet-view").count()).toBe(1);
        expect(await page.locator(".flet-unknown").count()).toBe(0);
        expect(await page.locator("span.acme-badge").textContent()).toBe("badge: third-party");
        expect(errors).toEqual([]);
      } finally {
        await page.close();
        await app.close();
      }
    },
    120_000,
  );

  it("refuses, in flet-ts's own client build, a pack whose sideEffects drop its renderers", async () => {
    const pack = (name: string) => ({
      name,
      version: "1.0.0",
      browser: join(dir, "node_modules", name, "browser.js"),
    });
    await expect(
      buildClientBundle({ packs: false, installed: [pack("liar-badge")] }),
    ).rejects.toMatchObject({
      code: "FLET_ERR_PACK_INVALID",
      message: expect.stringContaining('"sideEffects": ["./dist/browser/index.js"]'),
    });
    // The honest pack bundles, renderer and all.
    const built = await buildClientBundle({ packs: false, installed: [pack("acme-badge")] });
    expect([built.js, ...Object.values(built.chunks)].join("\n")).toContain("acme.badge");
  }, 60_000);
});
