/**
 * `onScroll` of whatever scrolls (a view and so the page; Column, Row, ListView,
 * GridView): Flet's scroll notifications (`start`, `update` with the delta, `end` with the
 * final position), at most one update per `onScrollInterval` milliseconds (default 10).
 * @module
 */
import type { RenderContext } from "./renderer.js";

/** How long without a scroll event counts as the end of a scroll (where `scrollend` is missing). */
const END_AFTER_MS = 150;

/**
 * Sends `scroll` events of `element` while the server listens (`ctx` is live, so call it
 * once, in `create`); `axis()` is the scrolling axis at the moment. The data has the
 * fields of a `ScrollEvent`: `eventType`, `pixels`, `minScrollExtent`, `maxScrollExtent`,
 * `viewportDimension` and, for updates, `scrollDelta`.
 *
 * @example
 * ```ts
 * sendScrollEvents(element, ctx, () => (ctx.props.horizontal ? "x" : "y"));
 * ```
 */
export function sendScrollEvents(
  element: HTMLElement,
  ctx: RenderContext,
  axis: () => "x" | "y",
): void {
  let last: number | undefined;
  let sentAt = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const position = () => {
    const x = axis() === "x";
    const pixels = Math.abs(x ? element.scrollLeft : element.scrollTop);
    const extent = x
      ? element.scrollWidth - element.clientWidth
      : element.scrollHeight - element.clientHeight;
    return {
      pixels,
      minScrollExtent: 0,
      maxScrollExtent: Math.max(0, extent),
      viewportDimension: x ? element.clientWidth : element.clientHeight,
    };
  };
  const end = () => {
    if (last === undefined) return;
    last = undefined;
    if (ctx.listens("scroll")) ctx.send("scroll", { eventType: "end", ...position() });
  };
  element.addEventListener("scroll", () => {
    if (!ctx.listens("scroll")) return;
    const now = position();
    if (last === undefined) {
      ctx.send("scroll", { eventType: "start", ...now });
      sentAt = performance.now();
    } else {
      const interval =
        typeof ctx.props.onScrollInterval === "number" ? ctx.props.onScrollInterval : 10;
      if (performance.now() - sentAt >= interval) {
        ctx.send("scroll", { eventType: "update", ...now, scrollDelta: now.pixels - last });
        sentAt = performance.now();
      }
    }
    last = now.pixels;
    clearTimeout(idle);
    idle = setTimeout(end, END_AFTER_MS);
  });
  element.addEventListener("scrollend", () => {
    clearTimeout(idle);
    end();
  });
}
