/**
 * The pack `flet-ts pack dev` develops (FLET_TS_PACK_DEV, set by the CLI for the app it
 * runs): `findPacks` lists it first with the CLI's build as its browser entry, in place of
 * the app's copy of the same pack, whose own build may be absent.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ft from "flet-ts";
import { afterEach, describe, expect, it } from "vitest";

function project(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), "flet-dev-pack-"));
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  }
  return root;
}

const developed = {
  name: "flet-acme",
  version: "0.2.0",
  dir: "/work/flet-acme",
  browser: "/work/flet-acme/node_modules/.cache/flet-ts/pack-dev/browser.js",
};

afterEach(() => {
  delete process.env.FLET_TS_PACK_DEV;
});

describe("findPacks under flet-ts pack dev", () => {
  it("lists the developed pack first, in place of the app's unbuilt copy", () => {
    const root = project({
      "package.json": { name: "app", dependencies: { "flet-acme": "1", "pack-b": "1" } },
      // The app's copy: never built, which alone would be FLET_ERR_PACK_INVALID.
      "node_modules/flet-acme/package.json": {
        name: "flet-acme",
        version: "0.1.0",
        "flet-ts": { browser: "./dist/browser/index.js" },
      },
      "node_modules/pack-b/package.json": {
        name: "pack-b",
        version: "1.0.0",
        "flet-ts": { browser: "./browser.js" },
      },
      "node_modules/pack-b/browser.js": "",
    });
    expect(() => ft.findPacks(root)).toThrow(/FLET_ERR_PACK_INVALID/);
    process.env.FLET_TS_PACK_DEV = JSON.stringify({ ...developed, app: root });
    expect(ft.findPacks(root).map((p) => [p.name, p.version, p.browser])).toEqual([
      ["flet-acme", "0.2.0", developed.browser],
      ["pack-b", "1.0.0", join(root, "node_modules/pack-b/browser.js")],
    ]);
  });

  it("adds the developed pack even when the app does not list it", () => {
    const root = project({ "package.json": { name: "app" } });
    process.env.FLET_TS_PACK_DEV = JSON.stringify(developed);
    expect(ft.findPacks(root).map((p) => p.name)).toEqual(["flet-acme"]);
  });

  it("refuses a malformed FLET_TS_PACK_DEV with FLET_ERR_CONFIG_INVALID", () => {
    const root = project({ "package.json": { name: "app" } });
    process.env.FLET_TS_PACK_DEV = '{"name":"flet-acme"}';
    expect(() => ft.findPacks(root)).toThrow(
      /Expected FLET_TS_PACK_DEV to be the JSON that flet-ts pack dev sets .*\[FLET_ERR_CONFIG_INVALID\]/,
    );
  });
});
