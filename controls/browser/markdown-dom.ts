/**
 * The lazily loaded half of `markdown`: parses Markdown with `marked`'s lexer and builds
 * the DOM from its tokens with `createElement` and text nodes only. Nothing is ever
 * parsed as HTML, so raw HTML in the text shows as text and cannot run; links and images
 * keep only safe URLs (see {@link safeLink}).
 * @module
 */
import { Lexer, type Token, type Tokens } from "marked";

/** How the Markdown is read (GFM extensions, github.com's heading anchors) and drawn. */
export interface MarkdownSyntax {
  readonly gfm: boolean;
  readonly anchors: boolean;
  /**
   * Makes an icon glyph (task list boxes). Passed in rather than imported: this chunk
   * then imports nothing of the start bundle, so esbuild splits no shared chunk off it.
   */
  readonly glyph: (name: string) => HTMLElement;
}

// Same test as the runtime's safe URLs, narrowed to what a Markdown link may be: browsers
// drop tabs, newlines and control characters ("java\tscript:" is javascript:).
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const LINK_SCHEMES = new Set(["http", "https", "mailto"]);

/** True for an http(s), mailto or relative URL: the only links a Markdown shows. */
export function safeLink(url: string): boolean {
  const scheme = SCHEME.exec(url.replace(IGNORED, ""));
  return scheme === null || LINK_SCHEMES.has(scheme[1]!.toLowerCase());
}

/** True for an image source: a safe link, or a `data:image/` URL (no script runs in `<img>`). */
function safeImage(url: string): boolean {
  return safeLink(url) || /^data:image\/(png|gif|jpeg|webp|avif|svg\+xml)[;,]/i.test(url.trim());
}

/** An element, with a class. */
function h(tag: string, className = ""): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  return element;
}

/** An element with attributes and children (text or nodes). */
function el(
  tag: string,
  attributes: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElement {
  const element = h(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const NAMED = new Map<string, string>();

/** Decodes character references (`&amp;`, `&#169;`): marked leaves them in text tokens. */
function decode(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi,
    (whole, name: string) => {
      if (name[0] === "#") {
        const code =
          name[1] === "x" || name[1] === "X"
            ? Number.parseInt(name.slice(2), 16)
            : Number.parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
      }
      let value = NAMED.get(name);
      if (value === undefined) {
        // Only `&name;` reaches the parser, and DOMParser's document is inert.
        const doc = new DOMParser().parseFromString(whole, "text/html");
        value = doc.body.textContent ?? whole;
        NAMED.set(name, value);
      }
      return value;
    },
  );
}

/** The anchor name github.com gives a heading ("Getting started!" → "getting-started"). */
function slug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function inline(tokens: readonly Token[] | undefined, into: Node): void {
  for (const token of tokens ?? []) into.appendChild(inlineNode(token));
}

function plainText(tokens: readonly Token[] | undefined): string {
  let text = "";
  for (const token of tokens ?? []) {
    const t = token as Tokens.Generic;
    text += t.tokens ? plainText(t.tokens) : decode(String(t.text ?? ""));
  }
  return text;
}

function inlineNode(token: Token): Node {
  switch (token.type) {
    case "text": {
      const t = token as Tokens.Text;
      if (t.tokens) {
        const run = document.createDocumentFragment();
        inline(t.tokens, run);
        return run;
      }
      return document.createTextNode(decode(t.text));
    }
    case "escape":
      return document.createTextNode((token as Tokens.Escape).text);
    case "strong":
    case "em":
    case "del": {
      const element = h(token.type === "strong" ? "strong" : token.type === "em" ? "em" : "del");
      inline((token as Tokens.Strong).tokens, element);
      return element;
    }
    case "codespan":
      return el("code", {}, [(token as Tokens.Codespan).text]);
    case "br":
      return h("br");
    case "link": {
      const t = token as Tokens.Link;
      // marked leaves character references in the URL: `&#106;avascript:` must be seen as
      // the `javascript:` it is, and `?a=1&amp;b=2` must reach the browser as `&`.
      const href = decode(t.href);
      if (!safeLink(href)) {
        const text = h("span", "flet-md-unsafe-link");
        inline(t.tokens, text);
        return text;
      }
      const a = el("a", { href });
      if (t.title) a.title = decode(t.title);
      inline(t.tokens, a);
      return a;
    }
    case "image": {
      const t = token as Tokens.Image;
      const src = decode(t.href);
      if (!safeImage(src)) return document.createTextNode(decode(t.text));
      const img = el("img", { src, alt: decode(t.text), loading: "lazy" });
      if (t.title) img.title = decode(t.title);
      return img;
    }
    case "html": {
      // Raw HTML shows as the text it is (as in Flet); comments show nothing.
      const text = (token as Tokens.HTML).text;
      return document.createTextNode(text.startsWith("<!--") ? "" : text);
    }
    case "checkbox":
      return document.createTextNode("");
    default:
      return document.createTextNode(decode(String((token as Tokens.Generic).raw ?? "")));
  }
}

function listItem(item: Tokens.ListItem, syntax: MarkdownSyntax): HTMLElement {
  const li = h("li");
  if (item.task) {
    li.classList.add("flet-md-task");
    const box = syntax.glyph(item.checked ? "check_box" : "check_box_outline_blank");
    box.classList.add("flet-md-checkbox");
    box.removeAttribute("aria-hidden");
    box.setAttribute("role", "img");
    box.setAttribute("aria-label", item.checked ? "Done" : "Not done");
    li.append(box);
  }
  for (const token of item.tokens) {
    if (token.type === "checkbox") continue;
    // A tight list's text is a bare run of inline tokens; a loose one has paragraphs.
    if (token.type === "text") li.append(inlineNode(token));
    else li.append(...blocks([token], syntax));
  }
  return li;
}

function table(token: Tokens.Table): HTMLElement {
  const cell = (tag: "th" | "td", data: Tokens.TableCell) => {
    const element = h(tag);
    if (tag === "th") element.setAttribute("scope", "col");
    if (data.align) element.style.textAlign = data.align;
    inline(data.tokens, element);
    return element;
  };
  const head = el("thead", {}, [
    el(
      "tr",
      {},
      token.header.map((c) => cell("th", c)),
    ),
  ]);
  const body = el(
    "tbody",
    {},
    token.rows.map((row) =>
      el(
        "tr",
        {},
        row.map((c) => cell("td", c)),
      ),
    ),
  );
  // The scroll box lets a wide table scroll instead of widening the page.
  return el(
    "div",
    { class: "flet-md-table", role: "region", tabindex: "0", "aria-label": "Table" },
    [el("table", {}, [head, body])],
  );
}

function block(token: Token, syntax: MarkdownSyntax): Node | undefined {
  switch (token.type) {
    case "space":
    case "def":
      return undefined;
    case "heading": {
      const t = token as Tokens.Heading;
      const heading = h(`h${Math.min(Math.max(t.depth, 1), 6)}`);
      inline(t.tokens, heading);
      if (syntax.anchors) heading.dataset.anchor = slug(plainText(t.tokens));
      return heading;
    }
    case "paragraph": {
      const p = h("p");
      inline((token as Tokens.Paragraph).tokens, p);
      return p;
    }
    case "text": {
      const p = h("p");
      p.append(inlineNode(token));
      return p;
    }
    case "code": {
      const t = token as Tokens.Code;
      const code = el("code", {}, [t.text]);
      const lang = (t.lang ?? "").trim().split(/\s/)[0] ?? "";
      if (lang) code.dataset.lang = lang.toLowerCase();
      return el("pre", { tabindex: "0" }, [code]);
    }
    case "blockquote": {
      return el("blockquote", {}, blocks((token as Tokens.Blockquote).tokens, syntax));
    }
    case "list": {
      const t = token as Tokens.List;
      const list = h(t.ordered ? "ol" : "ul");
      if (t.ordered && typeof t.start === "number" && t.start !== 1)
        list.setAttribute("start", String(t.start));
      if (t.items.some((item) => item.task)) list.classList.add("flet-md-tasks");
      for (const item of t.items) list.append(listItem(item, syntax));
      return list;
    }
    case "table":
      return table(token as Tokens.Table);
    case "hr":
      return h("hr");
    case "html": {
      const text = (token as Tokens.HTML).text.trim();
      return text.startsWith("<!--") ? undefined : el("p", {}, [text]);
    }
    default:
      return inlineNode(token);
  }
}

function blocks(tokens: readonly Token[], syntax: MarkdownSyntax): Node[] {
  const nodes: Node[] = [];
  for (const token of tokens) {
    const node = block(token, syntax);
    if (node) nodes.push(node);
  }
  return nodes;
}

/**
 * Parses `markdown` and returns the DOM nodes of its blocks.
 *
 * @example
 * ```ts
 * root.replaceChildren(...renderMarkdown("# Title", { gfm: true, anchors: false }));
 * ```
 */
export function renderMarkdown(markdown: string, syntax: MarkdownSyntax): Node[] {
  const tokens = new Lexer({ gfm: syntax.gfm, breaks: false }).lex(markdown);
  return blocks(tokens, syntax);
}
