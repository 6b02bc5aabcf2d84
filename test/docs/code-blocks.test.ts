/**
 * Keeps the docs honest. For README.md and docs/guides/*.md:
 * - every `ts`/`typescript`/`js` block is type-checked against the sources, in one
 *   TypeScript program with the root tsconfig's options (directives for excerpts, such as
 *   `<!-- prelude: ... -->`, are described in `./markdown.ts`);
 * - `npx flet-ts ...` lines must parse with the CLI's own parser, and README's `npm run`
 *   lines must name scripts of package.json;
 * - relative links must point to files, and `#anchors` to headings;
 * - hosting.md must list every `FLET_*` variable of `CONFIG_VARIABLES`;
 * - the first app of getting-started.md runs its own test.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as ft from "flet-ts";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { COMMANDS } from "../../src/cli/commands.js";
import { type CodeBlock, readMarkdown } from "./markdown.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
// Inside the repo, so that imports of flet-ts, vitest and express resolve as in an app.
const outDir = join(root, "node_modules/.cache/flet-docs");
const CHECKED = new Set(["ts", "typescript", "js"]);
const SHELL = new Set(["sh", "bash", "shell", "console"]);
/** Blocks shown as wrong code on purpose; each needs a reason. Keep this near zero. */
const MAX_SKIPPED = 2;

interface Emitted {
  doc: string;
  block: CodeBlock;
  file: string;
  preludeLines: number;
}

const docs = [
  "README.md",
  ...readdirSync(join(root, "docs/guides"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/guides/${name}`),
];
const parts = new Map(docs.map((doc) => [doc, readMarkdown(read(doc))]));
const emitted = emitBlocks();

function read(path: string): string {
  return readFileSync(join(root, path), "utf8");
}

/** Writes each checked block as its own module: `<outDir>/<guide>/<name>`. */
function emitBlocks(): Emitted[] {
  rmSync(outDir, { recursive: true, force: true });
  const result: Emitted[] = [];
  for (const [doc, { blocks, guidePrelude }] of parts) {
    const folder = join(outDir, doc.replace(/^docs\/guides\//, "").replace(/\.md$/, ""));
    for (const block of blocks) {
      if (!CHECKED.has(block.lang) || block.noCheck !== undefined) continue;
      const ext = block.lang === "js" ? "js" : "ts";
      const name = block.fileName ?? `block-${block.line}.${ext}`;
      const ownImports = /^\s*import\s/m.test(block.code);
      const shared = ext === "js" ? "" : ownImports ? withoutImports(guidePrelude) : guidePrelude;
      const prelude = [shared, block.prelude ?? ""].filter((text) => text !== "").join("\n");
      const preludeLines = prelude === "" ? 0 : prelude.split("\n").length;
      const file = join(folder, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, preludeLines === 0 ? block.code : `${prelude}\n${block.code}`);
      result.push({ doc, block, file, preludeLines });
    }
  }
  return result;
}

/** `code` without its import declarations (for blocks that import for themselves). */
function withoutImports(code: string): string {
  const source = ts.createSourceFile("prelude.ts", code, ts.ScriptTarget.Latest);
  return source.statements
    .filter((statement) => !ts.isImportDeclaration(statement))
    .map((statement) => statement.getText(source))
    .join("\n");
}

/** The root tsconfig's options, with absolute `paths` and nothing to emit. */
function compilerOptions(): ts.CompilerOptions {
  const configPath = join(root, "tsconfig.json");
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root, {}, configPath);
  const paths = Object.fromEntries(
    Object.entries(options.paths ?? {}).map(([name, targets]) => [
      name,
      targets.map((target) => resolve(root, target)),
    ]),
  );
  // The example packs, as an app that installed them would import them (from sources).
  for (const name of readdirSync(join(root, "examples/packs"))) {
    const dir = join(root, "examples/packs", name);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string };
    paths[pkg.name] = [join(dir, "src/index.ts")];
    paths[`${pkg.name}/browser`] = [join(dir, "src/browser/index.ts")];
  }
  return {
    ...options,
    paths,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    declaration: false,
    sourceMap: false,
    allowJs: true,
    checkJs: true,
    moduleDetection: ts.ModuleDetectionKind.Force,
    rootDir: undefined,
    outDir: undefined,
  };
}

function where(item: Emitted, line: number): string {
  const at = line - item.preludeLines;
  return at < 0
    ? `${item.doc}:${item.block.line} (in its prelude, line ${line + 1})`
    : `${item.doc}:${item.block.line + 1 + at}`;
}

let program: ts.Program;
/** Diagnostics by guide, computed once for all guides (one type-check of everything). */
const problemsOf = new Map<string, string[]>();
beforeAll(() => {
  program = ts.createProgram(
    emitted.map((item) => item.file),
    compilerOptions(),
  );
  for (const item of emitted) {
    problemsOf.set(item.doc, [...(problemsOf.get(item.doc) ?? []), ...diagnosticsOf(item)]);
  }
}, 240_000);

function diagnosticsOf(item: Emitted): string[] {
  const source = program.getSourceFile(item.file);
  if (!source) return [`${item.doc}:${item.block.line}: the block was not compiled`];
  return [
    ...program.getSyntacticDiagnostics(source),
    ...program.getSemanticDiagnostics(source),
  ].map((diagnostic) => {
    const { line } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    return `${where(item, line)}: TS${diagnostic.code} ${text}`;
  });
}

describe("code blocks in the docs", () => {
  for (const doc of docs) {
    const blocks = parts.get(doc)!.blocks.filter((block) => CHECKED.has(block.lang));
    const skipped = blocks.filter((block) => block.noCheck !== undefined);
    const label = `${doc}: ${blocks.length - skipped.length} blocks type-check (${skipped.length} skipped)`;
    it(label, () => {
      const problems = [...(problemsOf.get(doc) ?? [])];
      for (const block of skipped) {
        if (block.noCheck === "")
          problems.push(`${doc}:${block.line}: <!-- no-check --> needs a reason`);
      }
      expect(problems).toEqual([]);
    });
  }

  it(`skips at most ${MAX_SKIPPED} blocks, each with a reason`, () => {
    const skipped = [...parts].flatMap(([doc, { blocks }]) =>
      blocks
        .filter((block) => CHECKED.has(block.lang) && block.noCheck !== undefined)
        .map((block) => `${doc}:${block.line}: ${block.noCheck}`),
    );
    expect(skipped.length, skipped.join("\n")).toBeLessThanOrEqual(MAX_SKIPPED);
  });

  it("gives every named block file one block per guide", () => {
    const files = emitted.map((item) => item.file);
    const twice = emitted
      .filter((item, index) => files.indexOf(item.file) !== index)
      .map((item) => `${item.doc}:${item.block.line}: ${item.block.fileName} is named twice`);
    expect(twice).toEqual([]);
  });
});

/** Commands of the shell blocks: `$ ` prompts and `#` comments dropped, `&&` split. */
function shellCommands(): { at: string; words: string[] }[] {
  return [...parts].flatMap(([doc, { blocks }]) =>
    blocks
      .filter((block) => SHELL.has(block.lang))
      .flatMap((block) =>
        block.code.split("\n").flatMap((text, index) =>
          text
            .replace(/^\s*\$\s+/, "")
            .replace(/(^|\s)#.*$/, "")
            .split(/&&|;/)
            .map((command) => command.trim())
            .filter((command) => command !== "")
            .map((command) => ({
              at: `${doc}:${block.line + 1 + index}`,
              words: command.split(/\s+/),
            })),
        ),
      ),
  );
}

describe("shell lines in the docs", () => {
  it("name scripts of package.json (README.md: the scripts of this repository)", () => {
    const scripts = Object.keys(JSON.parse(read("package.json")).scripts ?? {});
    const missing = shellCommands()
      .filter(({ at }) => at.startsWith("README.md:"))
      .flatMap(({ at, words }) => {
        const [tool, verb, name] = words;
        if (tool !== "npm") return [];
        const script =
          verb === "run" ? name : verb === "start" || verb === "test" ? verb : undefined;
        return script === undefined || scripts.includes(script)
          ? []
          : [`${at}: npm ${verb} ${script}: no such script`];
      });
    expect(missing).toEqual([]);
  });

  it("use `npx flet-ts` as the CLI parses it", () => {
    const refused: string[] = [];
    const lines = shellCommands().filter(
      ({ words }) => words[0] === "npx" && words[1] === "flet-ts",
    );
    for (const { at, words } of lines) {
      const argv = words.slice(2);
      // The longest command name the words start with ("pack create" before "pack").
      const spec = [...COMMANDS]
        .sort((a, b) => b.name.length - a.name.length)
        .find((command) => argv.join(" ").startsWith(command.name));
      if (spec === undefined) {
        refused.push(`${at}: ${words.join(" ")}: no such command`);
        continue;
      }
      try {
        parseArgs(argv.slice(spec.name.split(" ").length), spec);
      } catch (error) {
        refused.push(`${at}: ${words.join(" ")}: ${(error as Error).message}`);
      }
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(refused).toEqual([]);
  });
});

describe("links in the docs", () => {
  it("point to files that exist", () => {
    const broken = [...parts].flatMap(([doc, { links }]) =>
      links
        .map((link) => ({ ...link, path: decodeURI(link.target.split("#")[0]!) }))
        .filter((link) => link.path !== "" && !existsSync(resolve(root, dirname(doc), link.path)))
        .map((link) => `${doc}:${link.line}: ${link.target}`),
    );
    expect(broken).toEqual([]);
  });

  it("point to headings that exist when they name one (#anchor)", () => {
    const broken = [...parts].flatMap(([doc, { links }]) =>
      links.flatMap((link) => {
        const [path = "", anchor] = link.target.split("#");
        if (anchor === undefined || !(path === "" || path.endsWith(".md"))) return [];
        const target = path === "" ? doc : relative(root, resolve(root, dirname(doc), path));
        const anchors = parts.get(target)?.anchors ?? readMarkdownAt(target)?.anchors;
        return anchors?.has(decodeURIComponent(anchor)) === false
          ? [`${doc}:${link.line}: ${link.target}: no such heading in ${target}`]
          : [];
      }),
    );
    expect(broken).toEqual([]);
  });
});

function readMarkdownAt(path: string) {
  return existsSync(join(root, path)) ? readMarkdown(read(path)) : undefined;
}

describe("hosting.md", () => {
  it("lists every FLET_* variable of CONFIG_VARIABLES", () => {
    const text = read("docs/guides/hosting.md");
    const missing = Object.values(ft.CONFIG_VARIABLES).filter((name) => !text.includes(name));
    expect(missing).toEqual([]);
  });
});

describe("getting-started.md's first app, run with its own test", async () => {
  const folder = join(outDir, "getting-started");
  const test = join(folder, "app.test.ts");
  it("has the blocks app.ts and app.test.ts", () => {
    expect(existsSync(join(folder, "app.ts")) && existsSync(test)).toBe(true);
  });
  if (existsSync(test)) await import(/* @vite-ignore */ pathToFileURL(test).href);
});
