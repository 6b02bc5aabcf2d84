/**
 * Lottie and WebView, after Flet's examples: a Lottie animation (a small composition
 * shipped beside this page, `lottie/sliding-dot.json`) whose `animate`, `repeat` and
 * `reverse` switch at run time, one whose source fails (its `onError` message shows),
 * and a WebView showing pages made by this page (`data:` URLs), with its events logged.
 */
import { readFileSync } from "node:fs";
import * as ft from "flet-ts";

export const title = "Lottie and WebView";
export const description = "Lottie animations that play, loop and reverse; a web page in a frame.";
export const controls = ["Lottie", "WebView"] as const;

/** The shipped animation's JSON, base64-encoded (Flet's `src_base64`). */
export const SLIDING_DOT = readFileSync(
  new URL("./lottie/sliding-dot.json", import.meta.url),
).toString("base64");

/** A small page as a `data:` URL, light or dark as the browser prefers. */
export function pageUrl(heading: string, text: string): string {
  const html = `<!doctype html><html lang="en"><title>${heading}</title><style>:root{color-scheme:light dark;font:15px/1.5 Roboto,sans-serif}body{margin:16px;color:#1d1b20;background:#fef7ff}@media (prefers-color-scheme:dark){body{color:#e6e0e9;background:#1d1b20}}</style><h1 style="font-size:20px;margin:0 0 8px">${heading}</h1><p>${text}</p>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

const PAGES = [
  pageUrl("Welcome", "This page is shown by a WebView: an iframe in the browser."),
  pageUrl("Second page", "Setting the WebView's url navigates; its events reach the server."),
];

export function main(page: ft.Page): void {
  page.title = title;
  page.scroll = ft.ScrollMode.AUTO;
  const status = new ft.Text("The animation plays.", { key: "status" });
  const lottie = new ft.Lottie({
    srcBase64: SLIDING_DOT,
    width: 240,
    height: 144,
    tooltip: "A dot sliding along a track",
    onError: (e) => {
      status.value = `Lottie error: ${String(e.data)}`;
    },
  });
  const toggle = (label: string, value: boolean, set: (on: boolean) => void) =>
    new ft.Switch({
      label,
      value,
      onChange: (e) => {
        set(e.control.value === true);
        status.value = `${label}: ${e.control.value ? "on" : "off"}.`;
      },
    });
  const broken = new ft.Lottie("/animations/missing.json", {
    width: 96,
    height: 96,
    tooltip: "An animation that fails to load",
    onError: (e) => {
      errors.value = `on_error: ${String(e.data)}`;
    },
  });
  const errors = new ft.Text("Waiting for the broken animation…", { key: "errors" });
  const log = new ft.Text("WebView events appear here.", { key: "log" });
  let shown = 0;
  const webview = new ft.WebView(PAGES[0], {
    height: 160,
    bgcolor: ft.colors.SURFACE_VARIANT,
    tooltip: "Example page",
    onPageStarted: () => {
      log.value = "Page started.";
    },
    onPageEnded: () => {
      log.value = `Page ended: page ${shown + 1} is shown.`;
    },
    onWebResourceError: (e) => {
      log.value = `Page error: ${String(e.data)}`;
    },
  });
  page.add(
    new ft.Text(title, { themeStyle: ft.TextThemeStyle.HEADLINE_SMALL }),
    new ft.Text("Lottie", { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
    status,
    new ft.Row([
      lottie,
      new ft.Column([
        toggle("Animate", true, (on) => {
          lottie.animate = on;
        }),
        toggle("Repeat", true, (on) => {
          lottie.repeat = on;
        }),
        toggle("Reverse", false, (on) => {
          lottie.reverse = on;
        }),
      ]),
    ]),
    new ft.Row([broken, errors]),
    new ft.Text("WebView", { themeStyle: ft.TextThemeStyle.TITLE_MEDIUM }),
    log,
    new ft.FilledButton("Load the other page", {
      onClick: () => {
        shown = 1 - shown;
        webview.url = PAGES[shown];
      },
    }),
    new ft.Container(webview, {
      border: ft.border.all(1, ft.colors.OUTLINE_VARIANT),
      borderRadius: 12,
      clipBehavior: ft.ClipBehavior.HARD_EDGE,
    }),
  );
}
