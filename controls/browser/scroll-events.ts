/**
 * `onScroll` of the scrollable controls (Column, Row, ListView, GridView): Flet's scroll
 * notifications (`start`, `update` with the delta, `end`), at most one update per
 * `onScrollInterval` milliseconds.
 * @module
 */
import type { RenderContext } from "flet-ts/browser";

/** How long without a scroll event counts as the end of a scroll (where `scrollend` is missing). */
const END_AFTER_MS = 150;

/**
 * Sends `scroll` events of `element` while the server listens; `axis()` is the scrolling
 * axis at the moment.
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
      p: pixels,
      minse: 0,
      maxse: Math.max(0, extent),
      vd: x ? element.clientWidth : element.clientHeight,
    };
  };
  const end = () => {
    if (last === undefined) return;
    last = undefined;
    if (ctx.listens("scroll")) ctx.send("scroll", { t: "end", ...position() });
  };
  element.addEventListener("scroll", () => {
    if (!ctx.listens("scroll")) return;
    const now = position();
    if (last === undefined) {
      ctx.send("scroll", { t: "start", ...now });
      sentAt = performance.now();
    } else {
      const interval =
        typeof ctx.props.onScrollInterval === "number" ? ctx.props.onScrollInterval : 10;
      if (performance.now() - sentAt >= interval) {
        ctx.send("scroll", { t: "update", ...now, sd: now.p - last });
        sentAt = performance.now();
      }
    }
    last = now.p;
    clearTimeout(idle);
    idle = setTimeout(end, END_AFTER_MS);
  });
  element.addEventListener("scrollend", () => {
    clearTimeout(idle);
    end();
  });
}
