import { randomBytes } from "node:crypto";
import { STATIC_PREFIX } from "../browser/font-stylesheets.js";
import type { BrowserConfig } from "../protocol/browser-config.js";
import { BROWSER_CONFIG_GLOBAL } from "../protocol/browser-config.js";
import { PROTOCOL_VERSION } from "../protocol/messages.js";
import type { ServerConfig } from "./config.js";
import { faviconPath } from "./favicon.js";
import type { FirstView } from "./ssr/first-view.js";

const ROBOTO_FILES = `${STATIC_PREFIX}fonts/files/`;

/** URL path of the client bundle, relative to the app path. @internal */
export const CLIENT_JS = "_flet/client.js";
/** URL path of the client stylesheet, relative to the app path. @internal */
export const CLIENT_CSS = "_flet/client.css";

/** The config the browser client reads from `window.__FLET__`. @internal */
export function browserConfig(config: ServerConfig): Omit<BrowserConfig, "packs"> {
  return {
    appPath: config.appPath,
    wsPath: config.wsPath,
    transport: config.transport,
    ...(config.uploadPath === undefined ? {} : { uploadPath: config.uploadPath }),
    oauthCallbackPath: config.oauthCallbackPath,
    routeUrlStrategy: config.routeUrlStrategy,
    renderer: config.webRenderer,
    useColorEmoji: config.useColorEmoji,
    dev: config.dev,
    protocolVersion: PROTOCOL_VERSION,
    hotReload: config.hotReload,
    appName: config.appName,
  };
}

// JSON is not safe inside <script>: `</script>`, `<!--` and U+2028/9 must be escaped.
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * A server-rendered view inlines its styles (nothing blocks the first paint) and preloads
 * the Latin Roboto it is most likely drawn in, so the text rarely swaps fonts.
 */
function firstViewPreloads(base: string): string {
  return [400, 500]
    .map(
      (weight) =>
        `<link rel="preload" as="font" type="font/woff2" crossorigin href="${base}${ROBOTO_FILES}roboto-latin-${weight}-normal.woff2">\n`,
    )
    .join("");
}

// CSS inside <style> must not close it: `<` only appears in strings, where `\3c ` means it.
function styleText(css: string): string {
  return css.replace(/</g, "\\3c ");
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!,
  );
}

/**
 * Starts the client once the server-rendered view has had its first frame: the bundle is
 * fetched in parallel (`modulepreload`), but its work would otherwise land before the
 * first paint. A hidden tab (no frames) starts it at once.
 */
function clientAfterFirstFrame(nonce: string, src: string): string {
  const load = `()=>import(${JSON.stringify(src)})`;
  return `<script type="module" nonce="${nonce}">const go=${load};document.visibilityState==="visible"?requestAnimationFrame(()=>setTimeout(go)):go();</script>`;
}

/**
 * Renders index.html with a fresh nonce: the config as `window.__FLET__`, `<base href>`
 * set to the app path (so sub-path hosting and deep links resolve relative URLs), and a
 * strict Content-Security-Policy that admits only the app's own scripts and the nonced
 * inline config. Images and media may come from anywhere, as apps show remote pictures,
 * and frames from any http(s) address (FletApp embeds other apps).
 * @internal
 */
export function renderIndexHtml(
  config: ServerConfig,
  hasCss: boolean,
  view?: FirstView,
): { html: string; csp: string } {
  const nonce = randomBytes(16).toString("base64");
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src * data: blob:",
    "media-src * data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // FletApp embeds other flet-ts apps by their http(s) address (an iframe, sandboxed);
    // a WebView shows any http(s) page, or a data: one (an opaque origin, like any other).
    "frame-src 'self' http: https: data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
  const base = escapeHtml(config.appPath);
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<base href="${base}">
<title>${escapeHtml(view?.title ?? config.appName)}</title>
<link rel="icon" href="${base}${escapeHtml(faviconPath(config.assetsDir))}">
${hasCss && !view ? `<link rel="stylesheet" href="${base}${CLIENT_CSS}">\n` : ""}${view ? firstViewPreloads(base) + view.links.map((sheet) => `<link rel="stylesheet" href="${base}${escapeHtml(sheet)}">\n`).join("") : ""}${view ? `<style data-flet-ssr>${styleText(view.css)}</style>\n<style id="flet-theme">${styleText(view.themeCss)}</style>\n` : ""}<script nonce="${nonce}">window.${BROWSER_CONFIG_GLOBAL} = ${scriptJson(view ? { ...browserConfig(config), ssr: { sessionId: view.sessionId, token: view.token } } : browserConfig(config))};</script>
${view ? `<link rel="modulepreload" href="${base}${CLIENT_JS}">` : `<script type="module" src="${base}${CLIENT_JS}"></script>`}
</head>
<body>
${view ? `<div id="flet-root">${view.html}</div>\n${clientAfterFirstFrame(nonce, `${base}${CLIENT_JS}`)}` : `<div id="flet-root"></div>\n<noscript>This app needs JavaScript.</noscript>`}
</body>
</html>
`;
  return { html, csp };
}
