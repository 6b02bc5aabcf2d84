/**
 * `onScroll` of a view (and so of the page): the view's body sends `scroll` as it
 * scrolls, at most once per `onScrollInterval` milliseconds (default 10, as in Flet),
 * a scroll within the interval being sent once it is over, so the last position always
 * arrives.
 * @module
 */
import type { RenderContext } from "./renderer.js";

type ScrollBody = HTMLElement & { fletScrollCtx?: RenderContext };

/** The scroll data Flet's client sends: offset, extents, viewport and the move. */
function scrollData(body: HTMLElement, delta: number): Record<string, unknown> {
  return {
    eventType: "update",
    pixels: body.scrollTop,
    minScrollExtent: 0,
    maxScrollExtent: Math.max(0, body.scrollHeight - body.clientHeight),
    viewportDimension: body.clientHeight,
    scrollDelta: delta,
  };
}

/**
 * Makes `body` (a view's scrolling column) send the view's `scroll` events, throttled by
 * the view's `onScrollInterval`; only while the server listens (`onScroll`). Call it in
 * every update of the view: the listener is added once and reads the current props.
 *
 * @example
 * ```ts
 * watchViewScroll(body, ctx);
 * ```
 */
export function watchViewScroll(body: HTMLElement, ctx: RenderContext): void {
  const element = body as ScrollBody;
  const first = element.fletScrollCtx === undefined;
  element.fletScrollCtx = ctx;
  if (!first) return;
  let last = 0;
  let sentAt = Number.NEGATIVE_INFINITY;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    trailing = undefined;
    const current = element.fletScrollCtx!;
    if (!current.listens("scroll")) return;
    const pixels = element.scrollTop;
    if (pixels === last && sentAt !== Number.NEGATIVE_INFINITY) return;
    sentAt = performance.now();
    current.send("scroll", scrollData(element, pixels - last));
    last = pixels;
  };
  element.addEventListener("scroll", () => {
    const interval = element.fletScrollCtx!.props.onScrollInterval;
    const wait = typeof interval === "number" && interval >= 0 ? interval : 10;
    const since = performance.now() - sentAt;
    if (since >= wait) {
      if (trailing !== undefined) clearTimeout(trailing);
      send();
    } else trailing ??= setTimeout(send, wait - since);
  });
}
