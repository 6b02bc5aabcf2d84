/**
 * `markdown`: Markdown drawn as HTML elements styled like Flutter's flutter_markdown in
 * Material 3. The parser (`markdown-dom.ts`) and the code highlighter
 * (`markdown-highlight.ts`) are lazy chunks: a page without Markdown loads neither, and
 * the highlighter loads only for a code block with a language.
 * @module
 */
import { isDisabled, openUrl, type RenderContext } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h } from "./dom.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { MARKDOWN_CSS } from "./markdown-styles.js";
import { type TextCss, textStyleCss } from "./typography.js";

type DomModule = typeof import("./markdown-dom.js");
type HighlightModule = typeof import("./markdown-highlight.js");

/** The latest context of each element (a lazy chunk may arrive after later updates). */
const contexts = new WeakMap<HTMLElement, RenderContext>();
/** What each element shows now: value and syntax, to skip needless re-renders. */
const shown = new WeakMap<HTMLElement, string>();

const CODE_VARS: [keyof TextCss, string][] = [
  ["fontSize", "--flet-md-code-size"],
  ["lineHeight", "--flet-md-code-line"],
  ["fontWeight", "--flet-md-code-weight"],
  ["fontStyle", "--flet-md-code-style"],
  ["fontFamily", "--flet-md-code-family"],
  ["letterSpacing", "--flet-md-code-spacing"],
  ["color", "--flet-md-code-color"],
  ["backgroundColor", "--flet-md-code-bg"],
];

function syntaxOf(p: Readonly<Record<string, unknown>>) {
  const set = typeof p.extensionSet === "string" ? p.extensionSet.toLowerCase() : "";
  return {
    gfm: set === "githubflavored" || set === "githubweb",
    anchors: set === "githubweb",
    glyph: (name: string) => iconGlyph(name),
  };
}

/** Parses and draws the value (the parser has loaded), then highlights the code blocks. */
function draw(root: HTMLElement, dom: DomModule): void {
  const ctx = contexts.get(root);
  if (!ctx) return;
  const p = ctx.props;
  const value = typeof p.value === "string" ? p.value : "";
  const syntax = syntaxOf(p);
  const key = `${syntax.gfm}${syntax.anchors}${value}`;
  if (shown.get(root) === key) return;
  shown.set(root, key);
  root.replaceChildren(...dom.renderMarkdown(value, syntax));
  const blocks = [...root.querySelectorAll<HTMLElement>("pre > code[data-lang]")];
  if (blocks.length === 0) {
    root.removeAttribute("aria-busy");
    return;
  }
  void (need("highlight") as Promise<HighlightModule | undefined>).then((highlighter) => {
    for (const code of blocks) {
      if (highlighter && code.isConnected && root.contains(code)) highlighter.highlightCode(code);
    }
    if (shown.get(root) === key) root.removeAttribute("aria-busy");
  });
}

/** A press of a link: report it, follow it when asked (safe URLs only), or scroll in-page. */
function pressLink(root: HTMLElement, link: HTMLAnchorElement): void {
  const ctx = contexts.get(root);
  if (!ctx || isDisabled(root)) return;
  const href = link.getAttribute("href") ?? "";
  ctx.send("tapLink", href);
  if (href.startsWith("#")) {
    const name = decodeURIComponent(href.slice(1));
    const target = [...root.querySelectorAll<HTMLElement>("[data-anchor]")].find(
      (heading) => heading.dataset.anchor === name,
    );
    if (target) {
      target.scrollIntoView({ block: "start" });
      return;
    }
  }
  if (ctx.props.autoFollowLinks === true) {
    const target = ctx.props.autoFollowLinksTarget;
    openUrl(href, typeof target === "string" && target !== "" ? target : "_blank");
  }
}

/**
 * Draws `markdown`: a block of headings, paragraphs, lists, quotes, tables, code and
 * images. Links are real `<a href>` links (Tab reaches them, Enter or a click presses
 * them), but the page never navigates by itself: a press goes to `onTapLink`, and opens
 * the URL only with `autoFollowLinks`. While the parser or highlighter loads, the element
 * is `aria-busy`.
 */
export const markdownRenderer: MaterialRenderer<HTMLElement> = {
  styles: MARKDOWN_CSS,
  create(ctx) {
    const root = h("div", "", { "aria-busy": "true" });
    contexts.set(root, ctx);
    root.addEventListener("click", (event) => {
      const link = (event.target as Element).closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || !root.contains(link)) return;
      event.preventDefault();
      pressLink(root, link);
    });
    return root;
  },
  update(root, ctx) {
    contexts.set(root, ctx);
    const p = ctx.props;
    root.classList.toggle("flet-selectable", p.selectable === true);
    if (typeof p.codeTheme === "string" && p.codeTheme !== "")
      root.dataset.codeTheme = p.codeTheme.toLowerCase();
    else delete root.dataset.codeTheme;
    const css = textStyleCss(p.codeStyle);
    for (const [name, variable] of CODE_VARS) {
      const value = css[name];
      if (value) root.style.setProperty(variable, value);
      else root.style.removeProperty(variable);
    }
    root.classList.toggle("flet-md-code-decorated", css.textDecoration !== undefined);
    if (css.textDecoration) root.style.setProperty("--flet-md-code-decoration", css.textDecoration);
    else root.style.removeProperty("--flet-md-code-decoration");
    root.classList.toggle("flet-md-follows", p.autoFollowLinks === true);
    root.dataset.linkTarget =
      typeof p.autoFollowLinksTarget === "string" ? p.autoFollowLinksTarget : "_blank";

    const syntax = syntaxOf(p);
    const key = `${syntax.gfm}${syntax.anchors}${typeof p.value === "string" ? p.value : ""}`;
    if (shown.get(root) === key) return;
    root.setAttribute("aria-busy", "true");
    void (need("markdown") as Promise<DomModule | undefined>).then((dom) => {
      if (dom) draw(root, dom);
    });
  },
  destroy(root) {
    contexts.delete(root);
  },
};
