import { describe, expect, it } from "vitest";
import { anchorOf, readMarkdown } from "./markdown.js";

const sample = [
  "# Title",
  "<!-- guide-prelude: declare const page: unknown; -->",
  "See [testing](testing.md#time), `[not](a-link.md)` and [the web](https://example.com).",
  "",
  "<!-- prelude: declare const t: number; -->",
  "```ts",
  "// app.ts",
  "t + 1;",
  "```",
  "",
  "<!-- no-check: shows the mistake -->",
  "```typescript",
  "const x: number = 'a';",
  "```",
  "Text between resets pending directives.",
  "```sh",
  "[inside](code.md)",
  "```",
  "<!--",
  "prelude: const a = 1;",
  "-->",
  "```js",
  "// src/work.js",
  "a;",
  "```",
].join("\n");

describe("readMarkdown", () => {
  const parts = readMarkdown(sample);

  it("reads blocks with their language, line, directives and file name", () => {
    expect(
      parts.blocks.map(({ lang, line, prelude, noCheck, fileName }) => ({
        lang,
        line,
        prelude,
        noCheck,
        fileName,
      })),
    ).toEqual([
      {
        lang: "ts",
        line: 6,
        prelude: "declare const t: number;",
        noCheck: undefined,
        fileName: "app.ts",
      },
      {
        lang: "typescript",
        line: 12,
        prelude: undefined,
        noCheck: "shows the mistake",
        fileName: undefined,
      },
      { lang: "sh", line: 16, prelude: undefined, noCheck: undefined, fileName: undefined },
      {
        lang: "js",
        line: 22,
        prelude: "const a = 1;",
        noCheck: undefined,
        fileName: "src/work.js",
      },
    ]);
    expect(parts.blocks[0]?.code).toBe("// app.ts\nt + 1;");
  });

  it("collects guide preludes", () => {
    expect(parts.guidePrelude).toBe("declare const page: unknown;");
  });

  it("lists relative links outside code only", () => {
    expect(parts.links).toEqual([{ line: 3, target: "testing.md#time" }]);
  });

  it("makes GitHub's heading anchors", () => {
    expect([...parts.anchors]).toEqual(["title"]);
    expect(anchorOf("Settings: options, then `FLET_*` variables, then defaults", new Set())).toBe(
      "settings-options-then-flet_-variables-then-defaults",
    );
    expect(anchorOf("Time", new Set(["time"]))).toBe("time-1");
  });
});
