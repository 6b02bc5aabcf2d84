/**
 * `page.splash`: a control drawn over the whole page while set, with everything else of
 * the page inert (no clicks, no focus, hidden from assistive technology) until it goes.
 * @module
 */
import { placeChildren } from "./layout.js";

/**
 * Places the splash (or nothing) in its host, the page's last child, and makes the
 * page's other hosts inert while it shows. The host itself is a transparent layer over
 * the page (see `.flet-splash-host` in styles.css), so no click reaches what is under it.
 *
 * @example
 * ```ts
 * if (changed.has("splash")) placeSplash(pageElement, ctx.child("splash"));
 * ```
 */
export function placeSplash(page: HTMLElement, splash: HTMLElement | undefined): void {
  let host = page.querySelector<HTMLElement>(":scope > .flet-splash-host");
  if (host === null) {
    host = document.createElement("div");
    host.className = "flet-splash-host";
    page.append(host);
  }
  placeChildren(host, splash ? [splash] : []);
  host.hidden = splash === undefined;
  for (const other of page.children) {
    if (other === host || !(other instanceof HTMLElement)) continue;
    other.inert = splash !== undefined;
  }
  // The page is loading while its splash shows.
  if (splash) page.setAttribute("aria-busy", "true");
  else page.removeAttribute("aria-busy");
}
