import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ft from "flet-ts";
import { describe, expect, it } from "vitest";

/** Writes `files` (path → content; objects become JSON) under a new temp folder. */
function project(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), "flet-packs-"));
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  }
  return root;
}

const pack = (name: string, extra: object = {}) => ({
  name,
  version: "1.0.0",
  "flet-ts": { browser: "./browser.js" },
  ...extra,
});

describe("findPacks", () => {
  it("finds packs among dependencies and devDependencies, and packs they depend on", () => {
    const root = project({
      "package.json": {
        name: "app",
        dependencies: { "pack-a": "1", lodash: "4", "flet-ts": "0.1" },
        devDependencies: { "pack-b": "1" },
      },
      "node_modules/pack-a/package.json": pack("pack-a"),
      "node_modules/pack-a/browser.js": "",
      "node_modules/pack-b/package.json": pack("pack-b", { dependencies: { "pack-c": "1" } }),
      "node_modules/pack-b/browser.js": "",
      "node_modules/pack-c/package.json": pack("pack-c"),
      "node_modules/pack-c/browser.js": "",
      "node_modules/lodash/package.json": { name: "lodash", version: "4.0.0" },
    });
    const found = ft.findPacks(join(root, "src"));
    expect(found.map((p) => `${p.name}@${p.version}`)).toEqual([
      "pack-a@1.0.0",
      "pack-b@1.0.0",
      "pack-c@1.0.0",
    ]);
    expect(found[0]).toEqual({
      name: "pack-a",
      version: "1.0.0",
      dir: join(root, "node_modules/pack-a"),
      browser: join(root, "node_modules/pack-a/browser.js"),
    });
  });

  it("lists the project itself when it is a pack (a pack's own demo app)", () => {
    const root = project({ "package.json": pack("my-pack"), "browser.js": "" });
    expect(ft.findPacks(root).map((p) => p.name)).toEqual(["my-pack"]);
  });

  it("follows workspace symlinks to the real folder", () => {
    const root = project({
      "package.json": { name: "app", dependencies: { linked: "*" } },
      "packages/linked/package.json": pack("linked"),
      "packages/linked/browser.js": "",
    });
    mkdirSync(join(root, "node_modules"));
    symlinkSync(join(root, "packages/linked"), join(root, "node_modules/linked"));
    expect(ft.findPacks(root)[0]?.dir).toBe(join(root, "packages/linked"));
  });

  it("finds nothing outside an npm project, or with no packs installed", () => {
    expect(ft.findPacks(project({ "package.json": { name: "app" } }))).toEqual([]);
    expect(ft.findPacks("/")).toEqual([]);
  });

  it.each([
    [
      "a field without a browser entry",
      { "flet-ts": {} },
      {},
      /"flet-ts" field .* to be \{ "browser"/,
    ],
    ["a field of the wrong type", { "flet-ts": "./browser.js" }, {}, /"flet-ts" field/],
    [
      "an entry outside the package",
      { "flet-ts": { browser: "../evil.js" } },
      {},
      /points outside/,
    ],
    [
      "an unbuilt pack",
      { "flet-ts": { browser: "./dist/browser.js" } },
      {},
      /no such file. Build the pack/,
    ],
    ["a pack without a version", { version: undefined }, {}, /"name" and a "version"/],
  ])("refuses %s with a clear error", (_name, fields, _files, message) => {
    const root = project({
      "package.json": { name: "app", dependencies: { bad: "1" } },
      "node_modules/bad/package.json": { ...pack("bad"), ...fields },
      "node_modules/bad/browser.js": "",
    });
    expect(() => ft.findPacks(root)).toThrow(
      expect.objectContaining({
        code: ft.ErrorCode.PACK_INVALID,
        message: expect.stringMatching(message),
      }),
    );
  });

  it("refuses an unreadable package.json, naming the file", () => {
    const root = project({
      "package.json": { name: "app", dependencies: { broken: "1" } },
      "node_modules/broken/package.json": "{ not json",
    });
    expect(() => ft.findPacks(root)).toThrow(
      /node_modules\/broken\/package.json to be readable JSON/,
    );
  });
});

describe("the pack version rule", () => {
  it.each([
    ["1.2.0", "1.2.0", true],
    ["1.3.0", "1.2.0", true],
    ["1.2.1", "1.2.0", true],
    ["1.1.9", "1.2.0", false],
    ["2.0.0", "1.2.0", false],
    ["1.9.0", "2.0.0", false],
    ["0.2.3", "0.2.1", true],
    ["0.3.0", "0.2.1", false],
    ["0.2.0", "0.2.1", false],
    ["1.2.0-beta.1", "1.2.0", false],
    ["1.2.0", "1.2.0-beta.1", true],
    ["banana", "1.0.0", false],
    ["banana", "banana", true],
  ])("a browser holding %s can render a server at %s: %s", (client, server, expected) => {
    expect(ft.canRender(client, server)).toBe(expected);
  });

  it("lists only the packs the browser holds in an unusable version", () => {
    expect(
      ft.packMismatches(
        { "pack-a": "2.0.0", "pack-b": "1.0.0", "pack-c": "1.0.0" },
        { "pack-a": "1.4.0", "pack-b": "1.1.0" },
      ),
    ).toEqual([{ pack: "pack-a", server: "2.0.0", client: "1.4.0" }]);
  });

  it("parses versions and refuses what is not one", () => {
    expect(ft.parseVersion("v1.2.3-rc.1+build.5")).toEqual({
      major: 1,
      minor: 2,
      patch: 3,
      pre: "rc.1",
    });
    expect(ft.parseVersion("1.2")).toBeUndefined();
  });
});
