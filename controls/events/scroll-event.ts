import { type Control, ControlEvent } from "flet-ts/pack";
import { numberField, payloadOf } from "./payload.js";

/** The phases of a scroll, as {@link ScrollEvent.eventType} reports them. */
export const ScrollEventType = {
  START: "start",
  UPDATE: "update",
  END: "end",
  USER: "user",
  OVERSCROLL: "overscroll",
} as const;
/** One of {@link ScrollEventType}. */
export type ScrollEventType = (typeof ScrollEventType)[keyof typeof ScrollEventType];

const TYPES = new Set<string>(Object.values(ScrollEventType));

/**
 * A scroll. Two sources, one class (Flet's `OnScrollEvent` and `ScrollEvent`):
 *
 * - `onScroll` of a Row, Column, ListView or GridView, throttled by the control's
 *   `onScrollInterval`: the phase and offsets. Fields a phase does not carry are
 *   `undefined` (`scrollDelta` only comes with `update`, `direction` with `user`,
 *   `overscroll` and `velocity` with `overscroll`).
 * - `onScroll` of a GestureDetector (a mouse wheel or trackpad scroll over it): where the
 *   pointer is (`localX`, `globalX`...) and how far the wheel asked to scroll
 *   (`scrollDeltaX`, `scrollDeltaY`, in pixels; positive is down and right). Its
 *   `eventType` reads `update` and its offsets 0.
 *
 * @example
 * ```ts
 * new ft.ListView({
 *   onScroll: (e) => { if (e.pixels >= e.maxScrollExtent - 100) loadMore(); },
 * });
 * ```
 */
export class ScrollEvent<TControl extends Control = Control> extends ControlEvent<TControl> {
  /** The phase of the scroll. */
  readonly eventType: ScrollEventType;
  /** The current scroll offset, in logical pixels. */
  readonly pixels: number;
  /** The smallest possible offset. */
  readonly minScrollExtent: number;
  /** The largest possible offset. */
  readonly maxScrollExtent: number;
  /** The visible extent of the scrollable, in logical pixels. */
  readonly viewportDimension: number;
  /** How far this update moved, in logical pixels. */
  readonly scrollDelta: number | undefined;
  /** The user's scroll direction: `idle`, `forward` or `reverse`. */
  readonly direction: string | undefined;
  /** How far past the edge the user tried to scroll. */
  readonly overscroll: number | undefined;
  /** The scroll velocity at the time of an overscroll, in pixels per second. */
  readonly velocity: number | undefined;
  /** GestureDetector: horizontal position of the pointer inside the control. */
  readonly localX: number;
  /** GestureDetector: vertical position of the pointer inside the control. */
  readonly localY: number;
  /** GestureDetector: horizontal position of the pointer on the page. */
  readonly globalX: number;
  /** GestureDetector: vertical position of the pointer on the page. */
  readonly globalY: number;
  /** GestureDetector: horizontal wheel distance, in pixels (`undefined` for list scrolls). */
  readonly scrollDeltaX: number | undefined;
  /** GestureDetector: vertical wheel distance, in pixels (`undefined` for list scrolls). */
  readonly scrollDeltaY: number | undefined;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const payload = payloadOf(data);
    const type = String(payload.eventType ?? payload.t ?? "update");
    this.eventType = (TYPES.has(type) ? type : "update") as ScrollEventType;
    this.pixels = numberField(payload, ["pixels", "p"]);
    this.minScrollExtent = numberField(payload, ["minScrollExtent", "minse"]);
    this.maxScrollExtent = numberField(payload, ["maxScrollExtent", "maxse"]);
    this.viewportDimension = numberField(payload, ["viewportDimension", "vd"]);
    this.scrollDelta = optionalNumber(payload.scrollDelta ?? payload.sd);
    this.overscroll = optionalNumber(payload.overscroll ?? payload.os);
    this.velocity = optionalNumber(payload.velocity ?? payload.v);
    const direction = payload.direction ?? payload.dir;
    this.direction = typeof direction === "string" ? direction : undefined;
    this.localX = numberField(payload, ["localX", "lx"]);
    this.localY = numberField(payload, ["localY", "ly"]);
    this.globalX = numberField(payload, ["globalX", "gx"]);
    this.globalY = numberField(payload, ["globalY", "gy"]);
    this.scrollDeltaX = optionalNumber(payload.scrollDeltaX ?? payload.dx);
    this.scrollDeltaY = optionalNumber(payload.scrollDeltaY ?? payload.dy);
  }
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
