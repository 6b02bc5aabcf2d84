/**
 * Opening a URL from the browser client, for every control and `page.launchUrl`: only safe
 * schemes (see `isSafeUrl`), and never giving the opened page a handle on the app's window
 * (`noopener,noreferrer`), so it cannot navigate the app away (reverse tabnabbing).
 *
 * @module
 */
import { isSafeUrl } from "../core/safe-url.js";

/**
 * Opens `url` in the window named `target` (`_blank` by default). A URL with an unsafe
 * scheme (`javascript:`, `data:`, ...) is not opened, and false is returned; so is a URL
 * the browser refused. `features` adds window features (`popup,width=800`).
 *
 * @example
 * ```ts
 * openUrl(String(ctx.props.url), String(ctx.props.urlTarget ?? "_blank"));
 * ```
 */
export function openUrl(url: unknown, target = "_blank", features?: string): boolean {
  if (!isSafeUrl(url)) {
    console.warn(
      `flet-ts: refused to open ${JSON.stringify(url)}: not an http(s), mailto, tel or relative URL.`,
    );
    return false;
  }
  const safety = "noopener,noreferrer";
  // "_self" and "_top" replace the app itself: nothing is left to protect.
  if (target === "_self" || target === "_top") {
    window.location.assign(url);
    return true;
  }
  window.open(url, target, features ? `${features},${safety}` : safety);
  return true;
}
