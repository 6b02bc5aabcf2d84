/**
 * The pack contract (flet-ts/testing's kit): in real Chromium, every prop the pack
 * declares changes the editor's DOM (CodeMirror draws in the DOM, so the kit sees its
 * highlighting, gutter and content attributes) and every event reaches the server; and the
 * committed flet-schema.json says the version in package.json honours the changes since.
 */
import { readFileSync } from "node:fs";
import { checkPackContract, diffPackSchemas, packSchema } from "flet-ts/testing";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CodeEditor } from "../src/index.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  name: string;
  version: string;
};

const content = (editor: Locator) => editor.locator(".cm-content");

describe("the flet-codemirror contract", () => {
  it("reflects every prop in the DOM and fires every event in Chromium", async () => {
    const report = await checkPackContract({
      packDir: new URL("..", import.meta.url),
      controls: [CodeEditor],
      samples: {
        "codemirror.editor": {
          value: "def area(r):\n\treturn 3.14 * r * r  # a circle\n",
          // Python, so that the text above is highlighted (the default draws it plain).
          language: "python",
        },
      },
      triggers: {
        "codemirror.editor": {
          change: async (editor, tab) => {
            await content(editor).click();
            await tab.keyboard.type("x");
          },
          focus: (editor) => content(editor).click(),
          blur: async (editor) => {
            await content(editor).click();
            await content(editor).blur();
          },
        },
      },
      exempt: {},
    });
    expect(report.failures, report.format()).toEqual([]);
  }, 120_000);

  it("keeps flet-schema.json and the version in step", () => {
    const committed = JSON.parse(
      readFileSync(new URL("../flet-schema.json", import.meta.url), "utf8"),
    );
    const current = packSchema({ name: pkg.name, version: pkg.version, controls: [CodeEditor] });
    const diff = diffPackSchemas(committed, current);
    expect(diff.versionOk, diff.format()).toBe(true);
    if (committed.version === current.version) expect(current).toEqual(committed);
  });
});
