/**
 * The lazily loaded code highlighter of `markdown`: highlight.js with its common
 * languages (plus Dart), and the code themes, loaded the first time a page shows a code
 * block with a language. The themes' CSS is adopted by the document when this loads.
 * @module
 */
import hljs from "highlight.js/lib/common";
import dart from "highlight.js/lib/languages/dart";

hljs.registerLanguage("dart", dart);

/** Token classes of highlight.js, grouped the way the themes colour them. */
const GROUPS = {
  keyword: ".hljs-keyword,.hljs-selector-tag,.hljs-doctag",
  string: ".hljs-string,.hljs-regexp,.hljs-addition,.hljs-meta .hljs-string",
  number: ".hljs-number,.hljs-literal,.hljs-symbol,.hljs-bullet",
  comment: ".hljs-comment,.hljs-quote",
  title: ".hljs-title,.hljs-section,.hljs-title.function_",
  type: ".hljs-type,.hljs-built_in,.hljs-title.class_",
  attr: ".hljs-attr,.hljs-attribute,.hljs-property,.hljs-variable,.hljs-template-variable",
  tag: ".hljs-tag,.hljs-name,.hljs-selector-id,.hljs-selector-class",
  meta: ".hljs-meta,.hljs-meta .hljs-keyword",
  deletion: ".hljs-deletion",
} as const;

type Palette = { bg: string; fg: string } & Partial<Record<keyof typeof GROUPS, string>>;

const c = (role: string) => `var(--md-sys-color-${role})`;

/**
 * Colours of each theme (taken from highlight.js's theme of the same name). The default
 * (no `codeTheme`) uses the app's colour roles, so it follows light and dark.
 */
const THEMES: Record<string, Palette> = {
  "": {
    bg: c("surface-container-highest"),
    fg: c("on-surface"),
    keyword: c("primary"),
    string: c("tertiary"),
    number: c("secondary"),
    comment: c("on-surface-variant"),
    title: c("primary"),
    type: c("tertiary"),
    attr: c("secondary"),
    tag: c("primary"),
    meta: c("on-surface-variant"),
    deletion: c("error"),
  },
  github: {
    bg: "#ffffff",
    fg: "#24292e",
    keyword: "#d73a49",
    string: "#032f62",
    number: "#005cc5",
    comment: "#6a737d",
    title: "#6f42c1",
    type: "#e36209",
    attr: "#005cc5",
    tag: "#22863a",
    meta: "#005cc5",
    deletion: "#b31d28",
  },
  "atom-one-light": {
    bg: "#fafafa",
    fg: "#383a42",
    keyword: "#a626a4",
    string: "#50a14f",
    number: "#986801",
    comment: "#a0a1a7",
    title: "#4078f2",
    type: "#c18401",
    attr: "#986801",
    tag: "#e45649",
    meta: "#4078f2",
    deletion: "#e45649",
  },
  "atom-one-dark": {
    bg: "#282c34",
    fg: "#abb2bf",
    keyword: "#c678dd",
    string: "#98c379",
    number: "#d19a66",
    comment: "#5c6370",
    title: "#61aeee",
    type: "#e6c07b",
    attr: "#d19a66",
    tag: "#e06c75",
    meta: "#61aeee",
    deletion: "#e06c75",
  },
  "monokai-sublime": {
    bg: "#23241f",
    fg: "#f8f8f2",
    keyword: "#f92672",
    string: "#e6db74",
    number: "#ae81ff",
    comment: "#75715e",
    title: "#a6e22e",
    type: "#e6db74",
    attr: "#f92672",
    tag: "#f92672",
    meta: "#75715e",
    deletion: "#75715e",
  },
  dracula: {
    bg: "#282a36",
    fg: "#f8f8f2",
    keyword: "#ff79c6",
    string: "#f1fa8c",
    number: "#bd93f9",
    comment: "#6272a4",
    title: "#50fa7b",
    type: "#8be9fd",
    attr: "#50fa7b",
    tag: "#ff79c6",
    meta: "#6272a4",
    deletion: "#ff5555",
  },
  vs: {
    bg: "#ffffff",
    fg: "#000000",
    keyword: "#0000ff",
    string: "#a31515",
    number: "#a31515",
    comment: "#008000",
    title: "#a31515",
    type: "#0000ff",
    attr: "#ff0000",
    tag: "#0000ff",
    meta: "#2b91af",
    deletion: "#2b91af",
  },
  vs2015: {
    bg: "#1e1e1e",
    fg: "#dcdcdc",
    keyword: "#569cd6",
    string: "#d69d85",
    number: "#b8d7a3",
    comment: "#57a64a",
    title: "#dcdcdc",
    type: "#4ec9b0",
    attr: "#9cdcfe",
    tag: "#9b9b9b",
    meta: "#9b9b9b",
    deletion: "#d69d85",
  },
  xcode: {
    bg: "#ffffff",
    fg: "#000000",
    keyword: "#aa0d91",
    string: "#c41a16",
    number: "#1c00cf",
    comment: "#006a00",
    title: "#1c00cf",
    type: "#5c2699",
    attr: "#836c28",
    tag: "#000088",
    meta: "#643820",
    deletion: "#c41a16",
  },
};

function themeCss(name: string, palette: Palette): string {
  const scope = name
    ? `.flet-markdown[data-code-theme="${name}"] pre`
    : ".flet-markdown:not([data-code-theme]) pre";
  let css = `${scope}{background:${palette.bg};color:${palette.fg}}`;
  for (const [group, selectors] of Object.entries(GROUPS)) {
    const color = palette[group as keyof typeof GROUPS];
    if (!color) continue;
    const scoped = selectors
      .split(",")
      .map((selector) => `${scope} ${selector}`)
      .join(",");
    const extra = group === "comment" ? ";font-style:italic" : "";
    css += `${scoped}{color:${color}${extra}}`;
  }
  return css;
}

const sheet = new CSSStyleSheet();
sheet.replaceSync(
  Object.entries(THEMES)
    .map(([name, palette]) => themeCss(name, palette))
    .join("\n") +
    "\n.flet-markdown pre .hljs-emphasis{font-style:italic}.flet-markdown pre .hljs-strong{font-weight:700}",
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/**
 * Highlights a code block's `<code data-lang>` in place: highlight.js escapes the code
 * and wraps tokens in `hljs-*` spans. An unknown language leaves the code as it is.
 *
 * @example
 * ```ts
 * highlightCode(pre.querySelector("code")!);
 * ```
 */
export function highlightCode(code: HTMLElement): void {
  const language = code.dataset.lang ?? "";
  if (!language || !hljs.getLanguage(language)) return;
  const source = code.textContent ?? "";
  // highlight.js escapes every character of `source`; only its own spans are markup.
  code.innerHTML = hljs.highlight(source, { language, ignoreIllegals: true }).value;
  code.classList.add("hljs");
}
