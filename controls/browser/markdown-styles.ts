/**
 * The stylesheet part of `markdown`: flutter_markdown's `MarkdownStyleSheet.fromTheme`
 * in Material 3 type sizes and `--md-sys-color-*` roles (light and dark come from the
 * roles). The code themes are in the lazy `markdown-highlight.ts`.
 * @module
 */

const c = (role: string) => `var(--md-sys-color-${role})`;
const m = ".flet-markdown";
const code = [
  "font-family:var(--flet-md-code-family,ui-monospace,'Roboto Mono',Menlo,Consolas,monospace)",
  "font-size:var(--flet-md-code-size,14px)",
  "font-weight:var(--flet-md-code-weight,400)",
  "font-style:var(--flet-md-code-style,normal)",
  "letter-spacing:var(--flet-md-code-spacing,0)",
].join(";");

/** CSS of `markdown`. */
export const MARKDOWN_CSS = `
${m}{display:block;min-width:0;font:400 14px/20px Roboto,sans-serif;letter-spacing:.25px;color:${c("on-surface")};overflow-wrap:anywhere;user-select:none}
${m}.flet-selectable{user-select:text}
${m}>:first-child{margin-top:0}${m}>:last-child{margin-bottom:0}
${m} :is(p,ul,ol,blockquote,pre,.flet-md-table,hr){margin:0 0 8px}
${m} h1{font-size:24px;line-height:32px;font-weight:400;margin:0 0 8px}
${m} h2{font-size:22px;line-height:28px;font-weight:400;margin:0 0 8px}
${m} h3{font-size:16px;line-height:24px;font-weight:500;letter-spacing:.15px;margin:0 0 8px}
${m} :is(h4,h5,h6){font-size:16px;line-height:24px;font-weight:400;letter-spacing:.5px;margin:0 0 8px}
${m} a{color:${c("primary")};text-decoration:underline;text-underline-offset:2px;cursor:pointer;border-radius:2px}
${m} a:focus-visible{outline:2px solid ${c("primary")};outline-offset:2px}
${m} .flet-md-unsafe-link{color:inherit}
${m} strong{font-weight:700}
${m} code{${code};color:var(--flet-md-code-color,inherit);background:var(--flet-md-code-bg,${c("surface-container-highest")});padding:0 2px;border-radius:2px}
${m}.flet-md-code-decorated code{text-decoration:var(--flet-md-code-decoration)}
${m} pre{padding:8px;border-radius:2px;overflow:auto;background:${c("surface-container-highest")};user-select:inherit}
${m} pre code{display:block;padding:0;background:var(--flet-md-code-bg,transparent);white-space:pre;line-height:var(--flet-md-code-line,1.5)}
${m} pre:focus-visible,${m} .flet-md-table:focus-visible{outline:2px solid ${c("primary")};outline-offset:2px}
${m} blockquote{padding:8px;border-radius:2px;background:${c("secondary-container")};color:${c("on-secondary-container")}}
${m} blockquote>:last-child{margin-bottom:0}
${m} ul,${m} ol{padding-inline-start:24px}
${m} li>:is(p,ul,ol){margin-bottom:0}
${m} ul.flet-md-tasks{list-style:none;padding-inline-start:4px}
${m} .flet-md-task{display:flex;align-items:flex-start;gap:4px}
${m} .flet-md-checkbox{font-size:20px;color:${c("on-surface-variant")}}
${m} hr{border:none;border-top:1px solid ${c("outline-variant")};height:0;margin:8px 0 16px}
${m} img{max-width:100%;height:auto;vertical-align:middle}
${m} .flet-md-table{overflow-x:auto;max-width:100%}
${m} table{border-collapse:collapse;border:1px solid ${c("outline-variant")}}
${m} th,${m} td{padding:4px 8px;border:1px solid ${c("outline-variant")};text-align:start;vertical-align:top}
${m} th{font-weight:700}
${m} del{text-decoration:line-through}
`;
