/**
 * `onScroll` of whatever scrolls (a view and so the page; Column, Row, ListView,
 * GridView): Flet's scroll notifications (`start`, `update` with the delta, `end`), each
 * kind at most once per `onScrollInterval` milliseconds (default 10), as Flet's client
 * throttles them.
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
  /** The offset at the last scroll event of the scroll under way; `undefined` between scrolls. */
  let last: number | undefined;
  /** The offset where the last scroll came to rest. */
  let rest = 0;
  const sentAt = new Map<string, number>();
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
  // As Flet's client: each kind of notification at most once per interval.
  const emit = (eventType: string, data: Record<string, unknown>) => {
    const interval =
      typeof ctx.props.onScrollInterval === "number" ? ctx.props.onScrollInterval : 10;
    const now = performance.now();
    const at = sentAt.get(eventType);
    if (at !== undefined && now - at <= interval) return;
    sentAt.set(eventType, now);
    ctx.send("scroll", { eventType, ...data });
  };
  const end = () => {
    if (last === undefined) return;
    last = undefined;
    const now = position();
    rest = now.pixels;
    if (ctx.listens("scroll")) emit("end", now);
  };
  element.addEventListener("scroll", () => {
    if (!ctx.listens("scroll")) return;
    const now = position();
    if (last === undefined) {
      emit("start", now);
      last = rest;
    }
    emit("update", { ...now, scrollDelta: now.pixels - last });
    last = now.pixels;
    clearTimeout(idle);
    idle = setTimeout(end, END_AFTER_MS);
  });
  element.addEventListener("scrollend", () => {
    clearTimeout(idle);
    end();
  });
}
