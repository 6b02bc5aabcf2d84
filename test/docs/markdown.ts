/**
 * Reads the fenced code blocks, HTML-comment directives and relative links of a markdown
 * file, keeping line numbers for messages.
 *
 * Directives are HTML comments (invisible on GitHub) written on the lines just before a
 * block, or anywhere in the file for `guide-prelude`:
 *
 * - `<!-- prelude: import * as ft from "flet-ts"; declare const page: ft.Page; -->`:
 *   code put before the block when it is compiled (declarations the excerpt relies on).
 * - `<!-- guide-prelude: ... -->`: the same for every `ts` block of the file; blocks with
 *   imports of their own get it without its import declarations (so write types it needs
 *   there as `import("flet-ts").Page`).
 * - `<!-- no-check: why -->`: the block is shown on purpose as wrong or partial code and is
 *   not compiled. The reason is required.
 *
 * A block whose first line is a comment naming a file (`// app.ts`, `// src/index.ts`) is
 * written under that name, so another block of the same guide can import it (`./app.js`).
 */

/** One fenced code block. */
export interface CodeBlock {
  /** The info string's first word, lower-cased (`ts`, `sh`, `python`, or `""`). */
  lang: string;
  /** The 1-based line of the opening fence. */
  line: number;
  /** The block's text, without the fences. */
  code: string;
  /** The `prelude` directive's code, if any. */
  prelude: string | undefined;
  /** The `no-check` directive's reason (`""` when given without one), if any. */
  noCheck: string | undefined;
  /** The file name given by the block's first line (`// app.ts`), if any. */
  fileName: string | undefined;
}

/** A relative link target (or a `#fragment` of the same file), outside code. */
export interface Link {
  line: number;
  target: string;
}

/** What {@link readMarkdown} finds. */
export interface MarkdownParts {
  blocks: CodeBlock[];
  /** The anchors of the headings, as GitHub makes them (`## Time` → `time`). */
  anchors: Set<string>;
  /** `guide-prelude` directives, joined. */
  guidePrelude: string;
  links: Link[];
}

const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^`\s]*)/;
const DIRECTIVE = /^<!--\s*(prelude|guide-prelude|no-check)\s*(?::([\s\S]*?))?\s*-->$/;
const FILE_NAME = /^\/\/\s*((?:[\w-]+\/)*[\w.-]+\.(?:ts|js|mts|mjs))\s*$/;
const LINK = /\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/**
 * Splits a markdown text into code blocks (with the directives before them), guide
 * preludes and links.
 *
 * @example
 * ```ts
 * readMarkdown(readFileSync("docs/guides/async.md", "utf8")).blocks[0]?.lang; // "ts"
 * ```
 */
export function readMarkdown(text: string): MarkdownParts {
  const lines = text.split("\n");
  const blocks: CodeBlock[] = [];
  const links: Link[] = [];
  const guidePreludes: string[] = [];
  const anchors = new Set<string>();
  let pending: { prelude?: string; noCheck?: string } = {};
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[2]!;
      const start = index;
      const body: string[] = [];
      for (index++; index < lines.length; index++) {
        const closing = lines[index]!.trim();
        if (closing.startsWith(marker[0]!.repeat(marker.length)) && /^(`+|~+)$/.test(closing))
          break;
        body.push(lines[index]!);
      }
      const first = body.find((entry) => entry.trim() !== "")?.trim() ?? "";
      blocks.push({
        lang: fence[3]!.toLowerCase(),
        line: start + 1,
        code: body.join("\n"),
        prelude: pending.prelude,
        noCheck: pending.noCheck,
        fileName: FILE_NAME.exec(first)?.[1],
      });
      pending = {};
      continue;
    }
    if (line.trimStart().startsWith("<!--")) {
      let comment = line.trim();
      while (!comment.endsWith("-->") && index + 1 < lines.length) {
        index++;
        comment += `\n${lines[index]!}`;
      }
      const directive = DIRECTIVE.exec(comment.trim());
      if (directive) {
        const value = (directive[2] ?? "").trim();
        if (directive[1] === "guide-prelude") guidePreludes.push(value);
        else if (directive[1] === "prelude") pending.prelude = value;
        else pending.noCheck = value;
      }
      continue;
    }
    if (line.trim() !== "") pending = {};
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) anchors.add(anchorOf(heading[1]!, anchors));
    for (const match of stripInlineCode(line).matchAll(LINK)) {
      const target = match[1]!;
      if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        links.push({ line: index + 1, target });
      }
    }
  }
  return { blocks, anchors, guidePrelude: guidePreludes.join("\n"), links };
}

/**
 * GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, and
 * `-1`, `-2`... for repeats.
 *
 * @example
 * ```ts
 * anchorOf("Settings: options, then `FLET_*` variables", new Set()); // "settings-options-then-flet_-variables"
 * ```
 */
export function anchorOf(heading: string, taken: ReadonlySet<string>): string {
  const base = heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
  let anchor = base;
  for (let n = 1; taken.has(anchor); n++) anchor = `${base}-${n}`;
  return anchor;
}

function stripInlineCode(line: string): string {
  return line.replace(/`[^`]*`/g, "``");
}
