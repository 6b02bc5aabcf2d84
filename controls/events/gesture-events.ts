/**
 * The events of a GestureDetector, with Flet 0.21's fields (camelCase). The browser sends
 * the long names (`localX`); Flet's short keys (`lx`) are read too.
 * @module
 */
import { type Control, ControlEvent } from "flet-ts/pack";
import { numberField, payloadOf } from "./payload.js";
import { PositionEvent } from "./position-event.js";

function optional(payload: Record<string, unknown>, keys: readonly string[]): number | undefined {
  for (const key of keys) {
    const value = payload[key];
    if (typeof value === "number" && Number.isFinite(value)) return value;
  }
  return undefined;
}

function kindOf(payload: Record<string, unknown>): string {
  return typeof payload.kind === "string" ? payload.kind : "";
}

/**
 * `onMultiTap`: `correctTouches` is true when as many pointers as `multiTapTouches` are
 * down at once, false when one of them is lifted.
 *
 * @example
 * ```ts
 * new ft.GestureDetector(area, { multiTapTouches: 2, onMultiTap: (e) => e.correctTouches && zoomIn() });
 * ```
 */
export class MultiTapEvent<TControl extends Control = Control> extends ControlEvent<TControl> {
  /** True when exactly `multiTapTouches` pointers came down. */
  readonly correctTouches: boolean;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    this.correctTouches = data === true || data === "true";
  }
}

/**
 * `onLongPressStart`, `onSecondaryLongPressStart`: where the pointer was held for 500 ms.
 *
 * @example
 * ```ts
 * new ft.GestureDetector(card, { onLongPressStart: (e) => openMenuAt(e.globalX, e.globalY) });
 * ```
 */
export class LongPressStartEvent<
  TControl extends Control = Control,
> extends PositionEvent<TControl> {}

/**
 * `onLongPressEnd`, `onSecondaryLongPressEnd`: where the held pointer was lifted, and how
 * fast it was moving then (pixels per second).
 *
 * @example
 * ```ts
 * new ft.GestureDetector(card, { onLongPressEnd: (e) => drop(e.localX, e.localY) });
 * ```
 */
export class LongPressEndEvent<
  TControl extends Control = Control,
> extends LongPressStartEvent<TControl> {
  /** Horizontal speed when lifted, in logical pixels per second. */
  readonly velocityX: number;
  /** Vertical speed when lifted, in logical pixels per second. */
  readonly velocityY: number;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const p = payloadOf(data);
    this.velocityX = numberField(p, ["velocityX", "vx"]);
    this.velocityY = numberField(p, ["velocityY", "vy"]);
  }
}

/**
 * `onPanStart`, `onHorizontalDragStart`, `onVerticalDragStart`: a drag began, at the
 * position where the pointer had moved past the slop (Flutter's `DragStartBehavior.start`).
 *
 * @example
 * ```ts
 * new ft.GestureDetector(card, { onPanStart: (e) => console.log("from", e.localX, e.localY) });
 * ```
 */
export class DragStartEvent<TControl extends Control = Control> extends PositionEvent<TControl> {
  /** What dragged: `mouse`, `touch`, `stylus` (Flet's names), or `""` when not told. */
  readonly kind: string;
  /** The browser's time of the pointer event, in ms since the page loaded. */
  readonly timestamp: number | undefined;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const p = payloadOf(data);
    this.kind = kindOf(p);
    this.timestamp = optional(p, ["timestamp", "ts"]);
  }
}

/**
 * `onPanUpdate`, `onHorizontalDragUpdate`, `onVerticalDragUpdate`: the pointer moved.
 * Updates come at most once per `dragInterval` ms (default: once per frame); the deltas
 * are the movement since the previous update, so they always add up to the whole drag,
 * and the last position always arrives before the end.
 *
 * @example
 * ```ts
 * new ft.GestureDetector(card, {
 *   left: 0, top: 0,
 *   onPanUpdate: (e) => { e.control.left! += e.deltaX; e.control.top! += e.deltaY; },
 * });
 * ```
 */
export class DragUpdateEvent<TControl extends Control = Control> extends PositionEvent<TControl> {
  /** Horizontal movement since the previous update, in logical pixels. */
  readonly deltaX: number;
  /** Vertical movement since the previous update, in logical pixels. */
  readonly deltaY: number;
  /** The movement along the drag's axis (horizontal or vertical drags); `undefined` for a pan. */
  readonly primaryDelta: number | undefined;
  /** The browser's time of the pointer event, in ms since the page loaded. */
  readonly timestamp: number | undefined;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const p = payloadOf(data);
    this.deltaX = numberField(p, ["deltaX", "dx"]);
    this.deltaY = numberField(p, ["deltaY", "dy"]);
    this.primaryDelta = optional(p, ["primaryDelta", "pd"]);
    this.timestamp = optional(p, ["timestamp", "ts"]);
  }
}

/**
 * `onPanEnd`, `onHorizontalDragEnd`, `onVerticalDragEnd`: the pointer was lifted. The
 * velocity is a fling's (pixels per second), 0 when the pointer had stopped.
 *
 * @example
 * ```ts
 * new ft.GestureDetector(card, { onPanEnd: (e) => Math.abs(e.velocityX) > 1000 && dismiss() });
 * ```
 */
export class DragEndEvent<TControl extends Control = Control> extends ControlEvent<TControl> {
  /** The speed along the drag's axis (horizontal or vertical drags); `undefined` for a pan. */
  readonly primaryVelocity: number | undefined;
  /** Horizontal speed, in logical pixels per second. */
  readonly velocityX: number;
  /** Vertical speed, in logical pixels per second. */
  readonly velocityY: number;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const p = payloadOf(data);
    this.primaryVelocity = optional(p, ["primaryVelocity", "pv"]);
    this.velocityX = numberField(p, ["velocityX", "vx"]);
    this.velocityY = numberField(p, ["velocityY", "vy"]);
  }
}

/**
 * `onScaleStart`: one or more pointers came down and moved (a pinch with two fingers, a
 * pan with one). The focal point is the centre of the pointers.
 *
 * @example
 * ```ts
 * new ft.GestureDetector(photo, { onScaleStart: (e) => console.log(e.pointerCount, "fingers") });
 * ```
 */
export class ScaleStartEvent<TControl extends Control = Control> extends ControlEvent<TControl> {
  /** Horizontal centre of the pointers on the page. */
  readonly focalPointX: number;
  /** Vertical centre of the pointers on the page. */
  readonly focalPointY: number;
  /** Horizontal centre of the pointers inside the control. */
  readonly localFocalPointX: number;
  /** Vertical centre of the pointers inside the control. */
  readonly localFocalPointY: number;
  /** How many pointers are down. */
  readonly pointerCount: number;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const p = payloadOf(data);
    this.focalPointX = numberField(p, ["focalPointX", "fpx"]);
    this.focalPointY = numberField(p, ["focalPointY", "fpy"]);
    this.localFocalPointX = numberField(p, ["localFocalPointX", "lfpx"]);
    this.localFocalPointY = numberField(p, ["localFocalPointY", "lfpy"]);
    this.pointerCount = numberField(p, ["pointerCount", "pc"]);
  }
}

/**
 * `onScaleUpdate`: the pointers moved. `scale` is the pointers' spread now over their
 * spread at the start (2: twice as far apart), `rotation` the turn of the line through
 * the first two pointers, in radians (clockwise positive).
 *
 * @example
 * ```ts
 * new ft.GestureDetector(photo, { onScaleUpdate: (e) => { photo.scale = e.scale; } });
 * ```
 */
export class ScaleUpdateEvent<
  TControl extends Control = Control,
> extends ScaleStartEvent<TControl> {
  /** Horizontal movement of the focal point since the previous update. */
  readonly focalPointDeltaX: number;
  /** Vertical movement of the focal point since the previous update. */
  readonly focalPointDeltaY: number;
  /** The spread of the pointers over their spread at the start (1 for one pointer). */
  readonly scale: number;
  /** As `scale`, horizontally only. */
  readonly horizontalScale: number;
  /** As `scale`, vertically only. */
  readonly verticalScale: number;
  /** The turn of the first two pointers since the start, in radians. */
  readonly rotation: number;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const p = payloadOf(data);
    this.focalPointDeltaX = numberField(p, ["focalPointDeltaX", "fpdx"]);
    this.focalPointDeltaY = numberField(p, ["focalPointDeltaY", "fpdy"]);
    this.scale = numberField(p, ["scale", "s"], 1);
    this.horizontalScale = numberField(p, ["horizontalScale", "hs"], 1);
    this.verticalScale = numberField(p, ["verticalScale", "vs"], 1);
    this.rotation = numberField(p, ["rotation", "r"]);
  }
}

/**
 * `onScaleEnd`: a pointer was lifted (or another came down: the scale then starts again
 * from the new pointers, as in Flutter).
 *
 * @example
 * ```ts
 * new ft.GestureDetector(photo, { onScaleEnd: (e) => console.log(e.pointerCount, "left") });
 * ```
 */
export class ScaleEndEvent<TControl extends Control = Control> extends ControlEvent<TControl> {
  /** How many pointers are still down. */
  readonly pointerCount: number;
  /** Horizontal speed of the focal point, in logical pixels per second. */
  readonly velocityX: number;
  /** Vertical speed of the focal point, in logical pixels per second. */
  readonly velocityY: number;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const p = payloadOf(data);
    this.pointerCount = numberField(p, ["pointerCount", "pc"]);
    this.velocityX = numberField(p, ["velocityX", "vx"]);
    this.velocityY = numberField(p, ["velocityY", "vy"]);
  }
}
