/**
 * The GestureDetector's recognizers, over Pointer Events: the gestures with a handler
 * compete for each press as in Flutter's gesture arena. A press that moves past the slop
 * is a drag (the pointer is captured until it is lifted), else a press held 500 ms is a
 * long press, else it is a tap; with double-tap handlers a tap waits 300 ms for a second
 * one. Drag and hover updates are throttled; their last position arrives before the end.
 * @module
 */
import { isDisabled, type RenderContext } from "flet-ts/browser";
import { ScaleRecognizer } from "./gesture-scale.js";
import {
  DOUBLE_TAP_SLOP,
  DOUBLE_TAP_TIMEOUT,
  hitSlop,
  kindOf,
  LONG_PRESS_TIMEOUT,
  MULTI_LONG_PRESS,
  type Point,
  PRESS_TIMEOUT,
  panSlop,
  positions,
  Throttle,
  TOUCH_SLOP,
  VelocityTracker,
} from "./gesture-tools.js";

type Axis = "pan" | "horizontalDrag" | "verticalDrag";
const PHASES = ["Start", "Update", "End"] as const;

/** Controls inside the detector that take their own taps (Flutter: the innermost wins). */
const OWN_TAPS =
  "button,a[href],input,select,textarea,[role=button],[role=checkbox],[role=switch],[role=radio],[role=tab],[role=menuitem],[role=option],[role=slider]";

/** One press: a pointer that came down with the primary or the secondary button. */
interface Press {
  readonly id: number;
  readonly kind: string;
  readonly secondary: boolean;
  readonly start: Point;
  at: Point;
  /** Still a tap (and long press) candidate: not moved past the slop, not won by a drag. */
  tap: boolean;
  /** The second tap of a double tap. */
  second: boolean;
  downSent: boolean;
  downTimer?: ReturnType<typeof setTimeout>;
  longTimer?: ReturnType<typeof setTimeout>;
  longPressed: boolean;
  drag?: Axis;
  lastSent: Point;
  readonly velocity: VelocityTracker;
}

/** Recognises the gestures of one detector element and sends them with `ctx.send`. */
export class GestureArena {
  readonly #element: HTMLElement;
  readonly #ctx: RenderContext;
  readonly #scale: ScaleRecognizer;
  readonly #drag: Throttle;
  readonly #hover: Throttle;
  #press: Press | undefined;
  /** A first tap waiting for a second one: where and when it was lifted, and its timer. */
  #firstTap: { at: Point; timer: ReturnType<typeof setTimeout> } | undefined;
  #hoverAt: Point = { x: 0, y: 0 };
  #touches = 0;
  #multiLong: ReturnType<typeof setTimeout> | undefined;
  /** The last press was a drag or long press: the click that follows is not the content's. */
  #swallowClick = false;
  /** Pointers followed from the window while captured (see #follow). */
  readonly #followed = new Set<number>();

  constructor(element: HTMLElement, ctx: RenderContext) {
    this.#element = element;
    this.#ctx = ctx;
    const interval = (name: string) => () => {
      const value = ctx.props[name];
      return typeof value === "number" ? value : 0;
    };
    this.#drag = new Throttle(interval("dragInterval"));
    this.#hover = new Throttle(interval("hoverInterval"));
    this.#scale = new ScaleRecognizer(
      element,
      (event, data) => this.#emit(event, data),
      interval("dragInterval"),
    );
    const on = <K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (event: HTMLElementEventMap[K]) => void,
      capture = false,
    ) => element.addEventListener(type, listener, { capture });
    on("pointerdown", (e) => this.#down(e));
    on("pointermove", (e) => this.#move(e));
    on("pointerup", (e) => this.#up(e, false));
    on("pointercancel", (e) => this.#up(e, true));
    on("pointerenter", (e) => this.#enter(e));
    on("pointerleave", (e) => this.#leave(e));
    on("wheel", (e) => this.#wheel(e), true);
    on("contextmenu", (e) => {
      if (this.#any("secondaryTap", "secondaryTapDown", "secondaryTapUp") || this.#secondaryLong())
        e.preventDefault();
    });
    on("dragstart", (e) => {
      if (this.draggable()) e.preventDefault();
    });
    on(
      "click",
      (e) => {
        if (!this.#swallowClick) return;
        this.#swallowClick = false;
        e.stopPropagation();
        e.preventDefault();
      },
      true,
    );
  }

  /** True when a handler of a drag or scale is set (touch-action and selection follow it). */
  draggable(): boolean {
    return this.#axes().length > 0 || this.#scaling();
  }

  #any(...events: string[]): boolean {
    return events.some((event) => this.#ctx.listens(event));
  }
  #phases(prefix: string): boolean {
    return PHASES.some((phase) => this.#ctx.listens(`${prefix}${phase}`));
  }
  #axes(): Axis[] {
    return (["horizontalDrag", "verticalDrag", "pan"] as const).filter((axis) =>
      this.#phases(axis),
    );
  }
  #scaling(): boolean {
    return this.#phases("scale");
  }
  #doubleTaps(): boolean {
    return this.#any("doubleTap", "doubleTapDown");
  }
  #long(): boolean {
    return this.#any("longPressStart", "longPressEnd");
  }
  #secondaryLong(): boolean {
    return this.#any("secondaryLongPressStart", "secondaryLongPressEnd");
  }

  #emit(event: string, data?: unknown): void {
    if (this.#ctx.listens(event)) this.#ctx.send(event, data);
  }

  #tapData(press: Press, point: Point) {
    return { ...positions(this.#element, point), kind: press.kind };
  }

  #down(e: PointerEvent): void {
    if (isDisabled(this.#element)) return;
    this.#swallowClick = false;
    this.#multiTapDown();
    const point = { x: e.clientX, y: e.clientY };
    const kind = kindOf(e);
    if (this.#scaling() && e.button === 0) {
      this.#scale.add(e.pointerId, point, kind);
      if (this.#scale.count > 1) this.#cancelTap();
    }
    if (this.#press !== undefined || (e.button !== 0 && e.button !== 2)) return;
    const secondary = e.button === 2;
    const inner = (e.target as Element | null)?.closest?.(OWN_TAPS);
    const ownTaps = inner != null && inner !== this.#element && this.#element.contains(inner);
    const press: Press = {
      id: e.pointerId,
      kind,
      secondary,
      start: point,
      at: point,
      tap: !ownTaps,
      second: false,
      downSent: false,
      longPressed: false,
      lastSent: point,
      velocity: new VelocityTracker(),
    };
    press.velocity.add(e.timeStamp, point);
    this.#press = press;
    // Flutter's recognizers track a pointer wherever it goes once it came down here: a
    // fast drag leaves the element before it wins, and a release outside must end it.
    this.#follow(e.pointerId);
    if (!press.tap) return;
    if (!secondary && this.#firstTap !== undefined) {
      const first = this.#firstTap;
      clearTimeout(first.timer);
      this.#firstTap = undefined;
      if (Math.hypot(point.x - first.at.x, point.y - first.at.y) < DOUBLE_TAP_SLOP) {
        press.second = true;
        this.#emit("doubleTapDown", this.#tapData(press, point));
        return;
      }
    }
    const long = secondary ? this.#secondaryLong() : this.#long();
    const contested = long || this.draggable() || (!secondary && this.#doubleTaps());
    if (!contested) this.#sendDown(press);
    else press.downTimer = setTimeout(() => press.tap && this.#sendDown(press), PRESS_TIMEOUT);
    if (long)
      press.longTimer = setTimeout(() => {
        if (!press.tap || this.#press !== press) return;
        press.tap = false;
        press.longPressed = true;
        clearTimeout(press.downTimer);
        this.#emit(
          secondary ? "secondaryLongPressStart" : "longPressStart",
          positions(this.#element, press.at),
        );
      }, LONG_PRESS_TIMEOUT);
  }

  #sendDown(press: Press): void {
    if (press.downSent) return;
    press.downSent = true;
    this.#emit(press.secondary ? "secondaryTapDown" : "tapDown", this.#tapData(press, press.start));
  }

  #cancelTap(): void {
    const press = this.#press;
    if (press === undefined) return;
    press.tap = false;
    press.second = false;
    clearTimeout(press.downTimer);
    clearTimeout(press.longTimer);
  }

  #move(e: PointerEvent): void {
    const point = { x: e.clientX, y: e.clientY };
    if (e.buttons === 0 && e.pointerType !== "touch") {
      this.#hoverMove(e, point);
      return;
    }
    if (this.#scale.move(e.pointerId, point, e.timeStamp)) {
      this.#cancelTap();
      this.#capture(e.pointerId);
    }
    const press = this.#press;
    if (press === undefined || press.id !== e.pointerId) return;
    press.at = point;
    press.velocity.add(e.timeStamp, point);
    if (press.drag === undefined && !press.longPressed && !press.secondary) {
      const axis = this.#wins(press, point);
      if (axis !== undefined) {
        this.#cancelTap();
        press.drag = axis;
        press.lastSent = point;
        this.#capture(e.pointerId);
        this.#emit(`${axis}Start`, {
          ...this.#tapData(press, point),
          timestamp: Math.round(e.timeStamp),
        });
        return;
      }
    }
    const moved = Math.hypot(point.x - press.start.x, point.y - press.start.y);
    if (press.tap && moved > TOUCH_SLOP) this.#cancelTap();
    if (press.drag !== undefined) {
      const axis = press.drag;
      const timestamp = Math.round(e.timeStamp);
      this.#drag.push(() => this.#dragUpdate(press, axis, point, timestamp));
    }
  }

  /** The axis whose drag this move wins, if any (Flutter: axis drags, then the pan). */
  #wins(press: Press, point: Point): Axis | undefined {
    const dx = Math.abs(point.x - press.start.x);
    const dy = Math.abs(point.y - press.start.y);
    const axes = this.#axes();
    const slop = hitSlop(press.kind);
    const h = axes.includes("horizontalDrag") && dx > slop;
    const v = axes.includes("verticalDrag") && dy > slop;
    if (h && (!v || dx >= dy)) return "horizontalDrag";
    if (v) return "verticalDrag";
    if (axes.includes("pan") && Math.hypot(dx, dy) > panSlop(press.kind)) return "pan";
    return undefined;
  }

  #dragUpdate(press: Press, axis: Axis, point: Point, timestamp: number): void {
    const deltaX = point.x - press.lastSent.x;
    const deltaY = point.y - press.lastSent.y;
    press.lastSent = point;
    const primaryDelta =
      axis === "horizontalDrag" ? deltaX : axis === "verticalDrag" ? deltaY : undefined;
    this.#emit(`${axis}Update`, {
      deltaX: axis === "verticalDrag" ? 0 : deltaX,
      deltaY: axis === "horizontalDrag" ? 0 : deltaY,
      ...(primaryDelta !== undefined && { primaryDelta }),
      ...positions(this.#element, point),
      timestamp,
    });
  }

  #up(e: PointerEvent, cancelled: boolean): void {
    this.#multiTapUp();
    this.#scale.remove(e.pointerId, e.timeStamp);
    const press = this.#press;
    if (press === undefined || press.id !== e.pointerId) return;
    this.#press = undefined;
    clearTimeout(press.downTimer);
    clearTimeout(press.longTimer);
    const point = cancelled ? press.at : { x: e.clientX, y: e.clientY };
    if (press.drag !== undefined) {
      this.#swallowClick = true;
      this.#drag.flush();
      const fling = press.velocity.fling(e.timeStamp);
      const axis = press.drag;
      const vx = axis === "verticalDrag" ? 0 : fling.x;
      const vy = axis === "horizontalDrag" ? 0 : fling.y;
      const primaryVelocity =
        axis === "horizontalDrag" ? vx : axis === "verticalDrag" ? vy : undefined;
      this.#emit(`${axis}End`, {
        ...(primaryVelocity !== undefined && { primaryVelocity }),
        velocityX: vx,
        velocityY: vy,
      });
      return;
    }
    if (press.longPressed) {
      this.#swallowClick = true;
      const v = press.velocity.velocity(e.timeStamp);
      this.#emit(press.secondary ? "secondaryLongPressEnd" : "longPressEnd", {
        ...positions(this.#element, point),
        velocityX: v.x,
        velocityY: v.y,
      });
      return;
    }
    if (!press.tap || cancelled) return;
    if (press.second) this.#emit("doubleTap");
    else if (press.secondary || !this.#doubleTaps()) this.#tapped(press, point);
    else this.#awaitSecondTap(press, point);
  }

  /** A tap waits for a second one; alone after 300 ms it is a tap. */
  #awaitSecondTap(press: Press, point: Point): void {
    this.#firstTap = {
      at: press.start,
      timer: setTimeout(() => {
        this.#firstTap = undefined;
        this.#tapped(press, point);
      }, DOUBLE_TAP_TIMEOUT),
    };
  }

  #tapped(press: Press, point: Point): void {
    const prefix = press.secondary ? "secondaryTap" : "tap";
    this.#sendDown(press);
    this.#emit(`${prefix}Up`, this.#tapData(press, point));
    this.#emit(prefix);
  }

  #capture(id: number): void {
    try {
      this.#element.setPointerCapture(id);
    } catch {
      // A synthetic pointer (no such active pointer) cannot be captured.
    }
    this.#follow(id);
  }

  /**
   * Follows a pressed pointer from the window too, until it is lifted: it may leave the
   * element before a drag wins (and captures it), and an element moved in the DOM (a Stack
   * bringing a dragged card to the top) loses its pointer capture, so the rest of the drag
   * would go to whatever lies under the pointer. Events that reach the element itself are
   * left to its own listeners; a captured pointer is captured again.
   */
  #follow(id: number): void {
    if (this.#followed.has(id)) return;
    const element = this.#element;
    const types = ["pointermove", "pointerup", "pointercancel"] as const;
    const relay = (e: PointerEvent) => {
      if (e.pointerId !== id) return;
      const ours = e.target instanceof Node && element.contains(e.target);
      if (e.type === "pointermove") {
        if (ours) return;
        this.#move(e);
        try {
          if (this.#press?.drag !== undefined && element.isConnected) element.setPointerCapture(id);
        } catch {
          // The pointer is gone; its pointerup ends the follow.
        }
        return;
      }
      if (!ours) this.#up(e, e.type === "pointercancel");
      for (const type of types) window.removeEventListener(type, relay, true);
      this.#followed.delete(id);
    };
    for (const type of types) window.addEventListener(type, relay, true);
    this.#followed.add(id);
  }

  #hoverData(e: PointerEvent, point: Point) {
    return {
      timestamp: Math.round(e.timeStamp),
      kind: kindOf(e),
      ...positions(this.#element, point),
    };
  }

  #enter(e: PointerEvent): void {
    if (e.pointerType === "touch" || isDisabled(this.#element)) return;
    const point = { x: e.clientX, y: e.clientY };
    this.#hoverAt = point;
    this.#emit("enter", this.#hoverData(e, point));
  }

  #hoverMove(e: PointerEvent, point: Point): void {
    if (!this.#ctx.listens("hover") || isDisabled(this.#element)) return;
    this.#hover.push(() => {
      const deltaX = point.x - this.#hoverAt.x;
      const deltaY = point.y - this.#hoverAt.y;
      this.#hoverAt = point;
      this.#emit("hover", { ...this.#hoverData(e, point), deltaX, deltaY });
    });
  }

  #leave(e: PointerEvent): void {
    if (e.pointerType === "touch") return;
    this.#hover.flush();
    if (isDisabled(this.#element)) return;
    this.#emit("exit", this.#hoverData(e, { x: e.clientX, y: e.clientY }));
  }

  #wheel(e: WheelEvent): void {
    if (!this.#ctx.listens("scroll") || isDisabled(this.#element)) return;
    // Lines and pages in pixels, as Flutter's web engine counts them.
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? window.innerHeight : 1;
    this.#ctx.send("scroll", {
      ...positions(this.#element, { x: e.clientX, y: e.clientY }),
      scrollDeltaX: e.deltaX * unit,
      scrollDeltaY: e.deltaY * unit,
    });
  }

  // Flet's multi-touch recognizer: every pointer down counts; `multiTapTouches` of them
  // report true (and, held a second, a multi long press); any lift reports false.
  #multiTapDown(): void {
    if (!this.#any("multiTap", "multiLongPress")) return;
    this.#touches++;
    const wanted = this.#ctx.props.multiTapTouches;
    if (this.#touches !== wanted) return;
    this.#touches = 0;
    this.#emit("multiTap", true);
    clearTimeout(this.#multiLong);
    this.#multiLong = setTimeout(() => this.#emit("multiLongPress"), MULTI_LONG_PRESS);
  }

  #multiTapUp(): void {
    if (!this.#any("multiTap", "multiLongPress")) return;
    this.#emit("multiTap", false);
    this.#touches = 0;
    clearTimeout(this.#multiLong);
  }
}
