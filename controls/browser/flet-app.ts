/**
 * `fletapp`: another flet-ts app in an `<iframe>`.
 * @module
 */
import type { MaterialRenderer } from "./define.js";
import { h } from "./dom.js";

/** The address as the iframe would load it, if it is http(s) (resolved against the page). */
function appAddress(url: unknown): string | undefined {
  if (typeof url !== "string" || url.trim() === "") return undefined;
  try {
    const address = new URL(url, document.baseURI);
    return address.protocol === "http:" || address.protocol === "https:" ? address.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Draws `fletapp` as an `<iframe>` of the app's page, titled "Embedded app: <address>" for
 * screen readers, borderless, 150 px high unless sized. Only http(s) addresses are loaded
 * (the server refuses others in `validate()`; this is the second lock). The frame may not
 * navigate the page that embeds it (`sandbox` without `allow-top-navigation`).
 */
export const fletAppRenderer: MaterialRenderer<HTMLIFrameElement> = {
  create() {
    const frame = h("iframe", "", {
      sandbox: "allow-scripts allow-same-origin allow-forms allow-popups allow-downloads",
      referrerpolicy: "strict-origin-when-cross-origin",
    });
    return frame;
  },
  update(frame, ctx) {
    const address = appAddress(ctx.props.url);
    frame.title = `Embedded app: ${address ?? "none"}`;
    if (address === undefined) frame.removeAttribute("src");
    else if (frame.getAttribute("src") !== address) frame.src = address;
  },
};
