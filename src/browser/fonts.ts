import { FONT_STYLESHEETS, STATIC_PREFIX } from "./font-stylesheets.js";
import { setIconFontBase } from "./icons.js";

function link(href: string): void {
  if (document.querySelector(`link[href="${CSS.escape(href)}"]`)) return;
  const element = document.createElement("link");
  element.rel = "stylesheet";
  element.href = href;
  document.head.append(element);
}

/**
 * Links the client's fonts (served by the app under `_flet/`): Roboto, the Material
 * Symbols icons, and the colour emoji font when asked for. Links the server already put
 * in index.html are not added twice. The icon fonts of `ft.icons`/`ft.cupertinoIcons` are
 * not linked: `icons.ts` declares each when its first glyph is drawn.
 */
export function linkBaseFonts(appPath: string, colorEmoji: boolean): void {
  setIconFontBase(`${appPath}${STATIC_PREFIX}fonts/`);
  for (const sheet of [...FONT_STYLESHEETS.roboto, ...FONT_STYLESHEETS.icons])
    link(appPath + sheet);
  if (colorEmoji) for (const sheet of FONT_STYLESHEETS.emoji) link(appPath + sheet);
  document.documentElement.classList.toggle("flet-color-emoji", colorEmoji);
}

/** Resolves a font URL of `page.fonts`: absolute URLs stay, others are app assets. */
export function fontUrl(url: string, appPath: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) return url;
  return appPath + (url.startsWith("/") ? url.slice(1) : url);
}

/** `@font-face` rules for `page.fonts` (`{ Kanit: "/fonts/Kanit.ttf" }`). */
export function fontFaceCss(fonts: unknown, appPath: string): string {
  if (fonts === null || typeof fonts !== "object") return "";
  let css = "";
  for (const [family, url] of Object.entries(fonts as Record<string, unknown>)) {
    if (typeof url !== "string") continue;
    css += `@font-face{font-family:${JSON.stringify(family)};src:url(${JSON.stringify(fontUrl(url, appPath))});font-display:swap}`;
  }
  return css;
}
