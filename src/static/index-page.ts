import type { BrowserConfig } from "../protocol/browser-config.js";

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!,
  );
}

/**
 * The index.html of a static build. Every URL is relative, so the folder works at any
 * path of any host; the app path is taken from the page's own location when it loads.
 *
 * @example
 * ```ts
 * writeFileSync("out/index.html", staticIndexHtml(config, "Counter", true, "__FLET__"));
 * ```
 * @internal
 */
export function staticIndexHtml(
  config: Omit<BrowserConfig, "packs" | "appPath" | "wsPath">,
  title: string,
  hasCss: boolean,
  global: string,
): string {
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="_flet/favicon.svg">
${hasCss ? '<link rel="stylesheet" href="_flet/client.css">\n' : ""}<script>
var appPath = location.pathname.replace(/[^/]*$/, "");
window.${global} = Object.assign(${json}, { appPath: appPath, wsPath: appPath + "ws" });
</script>
<script type="module" src="_flet/client.js"></script>
</head>
<body>
<div id="flet-root"></div>
<noscript>This app needs JavaScript.</noscript>
</body>
</html>
`;
}
