/**
 * `Tester.hover` and `Tester.scroll`: the mouse pointer moved onto a control (enter, hover
 * and exit events, as the browser sends them) and a scroll of the nearest scrollable
 * control (Flet's `scroll` notifications, and a GestureDetector's wheel `scroll`).
 * @module
 */
import type { Control } from "../core/control.js";
import { ErrorCode, FletError } from "../core/errors.js";
import { compiledSchemaOf } from "../core/schema.js";
import { describeControl } from "./listening.js";
import type { TapSend } from "./reach.js";

const typeOf = (control: Control) => compiledSchemaOf(control.constructor).type;

function listens(control: Control, event: string): boolean {
  const handler = compiledSchemaOf(control.constructor).eventsByName.get(event)?.handler;
  return (
    handler !== undefined &&
    typeof (control as unknown as Record<string, unknown>)[handler] === "function"
  );
}

/** `control` and its ancestors, innermost first. */
function chain(control: Control | undefined): Control[] {
  const out: Control[] = [];
  for (let node = control; node !== undefined; node = node.parent) out.push(node);
  return out;
}

const AT = { localX: 0, localY: 0, globalX: 0, globalY: 0 };
const MOUSE = { timestamp: 0, kind: "mouse", ...AT };

/** The events a control sends as the pointer enters (`true`) or leaves it. */
function crossing(control: Control, entering: boolean): TapSend[] {
  if (control.disabled === true) return [];
  if (typeOf(control) === "gesturedetector") {
    const name = entering ? "enter" : "exit";
    const sends: TapSend[] = listens(control, name) ? [{ target: control, name, data: MOUSE }] : [];
    if (entering && listens(control, "hover"))
      sends.push({ target: control, name: "hover", data: { ...MOUSE, deltaX: 0, deltaY: 0 } });
    return sends;
  }
  // A Container (and any control with a boolean `hover` event) says true on enter, false on leave.
  return listens(control, "hover") ? [{ target: control, name: "hover", data: entering }] : [];
}

/**
 * The events moving the mouse pointer from `from` onto `to` (undefined: off the page)
 * sends: exits of the controls it leaves (innermost first), then enters of the ones it
 * enters (outermost first); a GestureDetector it enters also gets a `hover` move.
 */
export function hoverSends(from: Control | undefined, to: Control | undefined): TapSend[] {
  const before = chain(from).filter((c) => c.mounted);
  const after = chain(to);
  const left = before.filter((c) => !after.includes(c));
  const entered = after.filter((c) => !before.includes(c)).reverse();
  return [...left.flatMap((c) => crossing(c, false)), ...entered.flatMap((c) => crossing(c, true))];
}

/** Options of `Tester.scroll`. */
export interface ScrollOptions {
  /** Horizontal distance in pixels (a Row, a horizontal ListView or GridView). */
  dx?: number;
  /** Vertical distance in pixels (a Column, a ListView, a GridView, a view). */
  dy?: number;
  /** Where to scroll to: an offset in pixels, `"start"` or `"end"`. */
  to?: number | "start" | "end";
  /**
   * How far the content can scroll (`maxScrollExtent`), in pixels. The tester lays nothing
   * out, so it cannot measure the content: default 1000.
   */
  extent?: number;
}

/** Whether `control` scrolls its content: a ListView or GridView, or `scroll` set. */
function scrollAxis(control: Control): "x" | "y" | undefined {
  const type = typeOf(control);
  const p = control as unknown as { scroll?: string; horizontal?: boolean };
  if (type === "listview" || type === "gridview") return p.horizontal === true ? "x" : "y";
  if ((type === "column" || type === "view") && p.scroll !== undefined) return "y";
  if (type === "row" && p.scroll !== undefined) return "x";
  return undefined;
}

/** The scrollable control a wheel over `control` scrolls (the page: its top view). */
export function scrollerOf(control: Control): Control | undefined {
  let node: Control | undefined = control;
  if (typeOf(control) === "page") {
    const views = (control as unknown as { views: Control[] }).views;
    node = views[views.length - 1];
  }
  for (; node !== undefined; node = node.parent) if (scrollAxis(node)) return node;
  return undefined;
}

/**
 * The events a scroll over `control` sends, and the scroller's new offset: a
 * GestureDetector with `onScroll` on the way gets the wheel's `scroll` (deltas); the
 * nearest scrollable control moves (clamped to 0…extent) and, while it listens, sends
 * `start`, `update` (with `scrollDelta`) and `end`. Throws when nothing there scrolls.
 */
export function scrollSends(
  control: Control,
  options: ScrollOptions,
  offsets: Map<string, number>,
  viewport: { width: number; height: number },
): TapSend[] {
  const sends: TapSend[] = [];
  const { dx = 0, dy = 0 } = options;
  const detector = chain(control).find(
    (c) => typeOf(c) === "gesturedetector" && listens(c, "scroll") && c.disabled !== true,
  );
  if (detector && options.to === undefined)
    sends.push({
      target: detector,
      name: "scroll",
      data: { ...AT, scrollDeltaX: dx, scrollDeltaY: dy },
    });
  const scroller = scrollerOf(control);
  if (!scroller) {
    if (detector) return sends;
    throw new FletError(
      ErrorCode.TESTER_NOT_INTERACTIVE,
      `Expected a scrollable control at ${describeControl(control)} (a ListView, a GridView, a Column, Row or view with \`scroll\` set, or a GestureDetector with onScroll), but neither it nor an ancestor scrolls; a user could not scroll there.`,
    );
  }
  const axis = scrollAxis(scroller)!;
  const extent = Math.max(0, options.extent ?? 1000);
  const id = scroller.uid ?? "";
  const before = offsets.get(id) ?? 0;
  const wanted =
    options.to === "start"
      ? 0
      : options.to === "end"
        ? extent
        : typeof options.to === "number"
          ? options.to
          : before + (axis === "x" ? dx : dy);
  const after = Math.min(extent, Math.max(0, wanted));
  offsets.set(id, after);
  if (after === before || !listens(scroller, "scroll")) return sends;
  const at = {
    pixels: after,
    minScrollExtent: 0,
    maxScrollExtent: extent,
    viewportDimension: axis === "x" ? viewport.width : viewport.height,
  };
  sends.push(
    { target: scroller, name: "scroll", data: { eventType: "start", ...at } },
    {
      target: scroller,
      name: "scroll",
      data: { eventType: "update", ...at, scrollDelta: after - before },
    },
    { target: scroller, name: "scroll", data: { eventType: "end", ...at } },
  );
  return sends;
}
