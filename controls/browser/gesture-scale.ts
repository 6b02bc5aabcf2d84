/**
 * The GestureDetector's scale recognizer (Flutter's `ScaleGestureRecognizer`): the focal
 * point, spread and turn of the pointers down on the detector. Adding or lifting a
 * pointer ends a started scale; the next move starts a new one from the pointers then.
 * @module
 */
import {
  hitSlop,
  type Point,
  panSlop,
  positions,
  Throttle,
  VelocityTracker,
} from "./gesture-tools.js";

/** Sends a scale event (`scaleStart`, `scaleUpdate`, `scaleEnd`) with its payload. */
export type ScaleSend = (event: string, data: Record<string, unknown>) => void;

interface Spread {
  focal: Point;
  span: number;
  horizontal: number;
  vertical: number;
  angle: number | undefined;
}

function spreadOf(points: readonly Point[]): Spread {
  const n = points.length;
  const focal = {
    x: points.reduce((sum, p) => sum + p.x, 0) / n,
    y: points.reduce((sum, p) => sum + p.y, 0) / n,
  };
  const mean = (f: (p: Point) => number) => points.reduce((sum, p) => sum + f(p), 0) / n;
  const [a, b] = points;
  return {
    focal,
    span: mean((p) => Math.hypot(p.x - focal.x, p.y - focal.y)),
    horizontal: mean((p) => Math.abs(p.x - focal.x)),
    vertical: mean((p) => Math.abs(p.y - focal.y)),
    angle: a && b ? Math.atan2(b.y - a.y, b.x - a.x) : undefined,
  };
}

/** The pointers of one detector and the scale they make. */
export class ScaleRecognizer {
  readonly #points = new Map<number, Point>();
  #initial: Spread | undefined;
  #accepted = false;
  #started = false;
  #lastFocal: Point = { x: 0, y: 0 };
  #kind = "touch";
  readonly #velocity = new VelocityTracker();
  readonly #throttle: Throttle;
  readonly #element: HTMLElement;
  readonly #send: ScaleSend;

  constructor(element: HTMLElement, send: ScaleSend, interval: () => number) {
    this.#element = element;
    this.#send = send;
    this.#throttle = new Throttle(interval);
  }

  /** True once the pointers moved past the slop (the scale won over taps). */
  get accepted(): boolean {
    return this.#accepted;
  }

  /** How many pointers are down. */
  get count(): number {
    return this.#points.size;
  }

  add(id: number, point: Point, kind: string): void {
    this.#kind = kind;
    this.#points.set(id, point);
    this.#reconfigure();
  }

  /** A pointer moved; returns true when this move made the scale win. */
  move(id: number, point: Point, time: number): boolean {
    if (!this.#points.has(id)) return false;
    this.#points.set(id, point);
    const now = spreadOf([...this.#points.values()]);
    this.#velocity.add(time, now.focal);
    const initial = this.#initial ?? now;
    let won = false;
    if (!this.#accepted) {
      const moved = Math.hypot(now.focal.x - initial.focal.x, now.focal.y - initial.focal.y);
      if (moved > panSlop(this.#kind) || Math.abs(now.span - initial.span) > hitSlop(this.#kind)) {
        this.#accepted = true;
        won = true;
      }
    }
    if (!this.#accepted) return false;
    if (!this.#started) {
      this.#started = true;
      this.#lastFocal = now.focal;
      const at = positions(this.#element, now.focal);
      this.#send("scaleStart", {
        focalPointX: at.globalX,
        focalPointY: at.globalY,
        localFocalPointX: at.localX,
        localFocalPointY: at.localY,
        pointerCount: this.#points.size,
      });
    }
    this.#throttle.push(() => this.#update(now, initial));
    return won;
  }

  /** A pointer was lifted (or cancelled). */
  remove(id: number, time: number): void {
    if (!this.#points.delete(id)) return;
    if (this.#started) {
      this.#throttle.flush();
      const v = this.#velocity.fling(time);
      this.#send("scaleEnd", {
        pointerCount: this.#points.size,
        velocityX: v.x,
        velocityY: v.y,
      });
      this.#started = false;
    }
    this.#reconfigure();
    if (this.#points.size === 0) this.#accepted = false;
  }

  #reconfigure(): void {
    if (this.#started) {
      this.#throttle.flush();
      this.#send("scaleEnd", { pointerCount: this.#points.size, velocityX: 0, velocityY: 0 });
      this.#started = false;
    }
    this.#initial = this.#points.size > 0 ? spreadOf([...this.#points.values()]) : undefined;
  }

  #update(now: Spread, initial: Spread): void {
    const at = positions(this.#element, now.focal);
    const ratio = (a: number, b: number) => (b > 0 ? a / b : 1);
    const rotation =
      now.angle !== undefined && initial.angle !== undefined ? now.angle - initial.angle : 0;
    this.#send("scaleUpdate", {
      focalPointX: at.globalX,
      focalPointY: at.globalY,
      focalPointDeltaX: now.focal.x - this.#lastFocal.x,
      focalPointDeltaY: now.focal.y - this.#lastFocal.y,
      localFocalPointX: at.localX,
      localFocalPointY: at.localY,
      pointerCount: this.#points.size,
      horizontalScale: ratio(now.horizontal, initial.horizontal),
      verticalScale: ratio(now.vertical, initial.vertical),
      scale: ratio(now.span, initial.span),
      rotation,
    });
    this.#lastFocal = now.focal;
  }
}
