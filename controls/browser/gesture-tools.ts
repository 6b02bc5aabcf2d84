/**
 * Pieces of the GestureDetector's recognizers: Flutter's slops and timeouts, a throttle
 * that always delivers the last value, a velocity tracker, and the positions events carry.
 * @module
 */

/** Flutter's gesture constants (`gestures/constants.dart`), in logical pixels and ms. */
export const TOUCH_SLOP = 18;
export const DOUBLE_TAP_TIMEOUT = 300;
export const DOUBLE_TAP_SLOP = 100;
export const LONG_PRESS_TIMEOUT = 500;
export const PRESS_TIMEOUT = 100;
export const MULTI_LONG_PRESS = 1000;
const MIN_FLING_VELOCITY = 50;
const MAX_FLING_VELOCITY = 8000;
/** A pointer that did not move for this long before it was lifted had stopped. */
const STOPPED_MS = 40;
const HORIZON_MS = 100;

/** Flutter's `PointerDeviceKind` name of a pointer event. */
export function kindOf(event: PointerEvent): string {
  if (event.pointerType === "pen") return "stylus";
  if (event.pointerType === "mouse" || event.pointerType === "touch") return event.pointerType;
  return "unknown";
}

/** How far a pointer moves before an axis drag wins (`computeHitSlop`). */
export function hitSlop(kind: string): number {
  return kind === "mouse" ? 1 : TOUCH_SLOP;
}

/** How far a pointer moves before a pan wins (`computePanSlop`). */
export function panSlop(kind: string): number {
  return kind === "mouse" ? 2 : TOUCH_SLOP * 2;
}

/** A point in page (client) coordinates. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** `localX/Y` (inside `element`) and `globalX/Y` (in the page) of a point. */
export function positions(element: HTMLElement, point: Point) {
  const box = element.getBoundingClientRect();
  return {
    localX: point.x - box.left,
    localY: point.y - box.top,
    globalX: point.x,
    globalY: point.y,
  };
}

/**
 * Sends at most one value per `interval()` ms (per animation frame when it is 0), always
 * the latest; {@link Throttle.flush} sends a waiting one at once (before an end event).
 */
export class Throttle {
  #pending: (() => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #frame: number | undefined;
  #last = Number.NEGATIVE_INFINITY;
  readonly #interval: () => number;

  constructor(interval: () => number) {
    this.#interval = interval;
  }

  /** Queues `send` in place of any waiting one. */
  push(send: () => void): void {
    this.#pending = send;
    if (this.#timer !== undefined || this.#frame !== undefined) return;
    const ms = this.#interval();
    if (ms <= 0) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = undefined;
        this.#fire();
      });
      return;
    }
    const wait = this.#last + ms - performance.now();
    if (wait <= 0) this.#fire();
    else
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#fire();
      }, wait);
  }

  /** Sends the waiting value now, if any. */
  flush(): void {
    this.cancel();
    this.#fire();
  }

  /** Drops the waiting value. */
  drop(): void {
    this.cancel();
    this.#pending = undefined;
  }

  private cancel(): void {
    clearTimeout(this.#timer);
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#timer = undefined;
    this.#frame = undefined;
  }

  #fire(): void {
    const send = this.#pending;
    this.#pending = undefined;
    if (send === undefined) return;
    this.#last = performance.now();
    send();
  }
}

/** The recent positions of a pointer, for its speed when it is lifted. */
export class VelocityTracker {
  readonly #samples: { t: number; x: number; y: number }[] = [];

  add(t: number, point: Point): void {
    this.#samples.push({ t, x: point.x, y: point.y });
    while (this.#samples.length > 20) this.#samples.shift();
  }

  /** Pixels per second over the last 100 ms; 0 when the pointer had stopped. */
  velocity(now: number): Point {
    const last = this.#samples.at(-1);
    if (last === undefined || now - last.t > STOPPED_MS) return { x: 0, y: 0 };
    const first = this.#samples.find((s) => last.t - s.t <= HORIZON_MS) ?? last;
    const dt = (last.t - first.t) / 1000;
    if (dt <= 0) return { x: 0, y: 0 };
    return { x: (last.x - first.x) / dt, y: (last.y - first.y) / dt };
  }

  /** Flutter's fling velocity: 0 below 50 px/s, at most 8 000 px/s. */
  fling(now: number): Point {
    const v = this.velocity(now);
    const speed = Math.hypot(v.x, v.y);
    if (speed < MIN_FLING_VELOCITY) return { x: 0, y: 0 };
    const k = speed > MAX_FLING_VELOCITY ? MAX_FLING_VELOCITY / speed : 1;
    return { x: v.x * k, y: v.y * k };
  }
}
