/**
 * The Canvas control and its resize event.
 * @module
 */
import {
  ConstrainedControl,
  type Control,
  ControlEvent,
  type ControlOptions,
  checks,
  child,
  children,
  control,
  type EventHandler,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { numberField, payloadOf } from "../events/payload.js";
import type { Shape } from "./shape.js";

/**
 * `onResize` of a {@link Canvas}: its new size in logical pixels.
 *
 * @example
 * ```ts
 * new ft.Canvas({ expand: true, onResize: (e) => console.log(e.width, e.height) });
 * ```
 */
export class CanvasResizeEvent<TControl extends Control = Control> extends ControlEvent<TControl> {
  /** The canvas's width. */
  readonly width: number;
  /** The canvas's height. */
  readonly height: number;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const payload = payloadOf(data);
    this.width = numberField(payload, ["w", "width"]);
    this.height = numberField(payload, ["h", "height"]);
  }
}

/**
 * A surface to paint shapes on (Flet's `ft.Canvas`): lines, circles, arcs, ovals,
 * rectangles, points, paths, shadows, text, fills. The shapes (`ft.cv.*`) are painted in
 * order, each over the ones before, in logical pixels from the top-left corner, and
 * repainted when one of them (or the list) changes. `content` is laid out on top of the
 * painting. With `onResize` the canvas reports its size when it is first laid out and
 * whenever it changes (at most once per `resizeInterval` ms; the last size always arrives).
 *
 * The browser paints on a `<canvas>` at the screen's pixel density. The picture is an
 * image to screen readers (`role="img"`), named by `tooltip` (Flet's Canvas has no
 * semantics label): give a canvas that means something a tooltip saying what it shows.
 *
 * @example
 * ```ts
 * new ft.Canvas({
 *   width: 200,
 *   height: 120,
 *   tooltip: "A red circle on a blue line",
 *   shapes: [
 *     new ft.cv.Line({ x1: 0, y1: 60, x2: 200, y2: 60, paint: { color: ft.colors.BLUE, strokeWidth: 4 } }),
 *     new ft.cv.Circle({ x: 100, y: 60, radius: 40, paint: { color: ft.colors.RED } }),
 *   ],
 *   onResize: (e) => console.log(e.width, e.height),
 * });
 * ```
 */
@control("canvas")
export class Canvas extends ConstrainedControl {
  /**
   * @param shapes - The shapes (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(shapes?: Shape[] | ControlOptions<Canvas>, options?: ControlOptions<Canvas>) {
    super(withPrimary("shapes", shapes, options));
  }
  /** The shapes, painted in order. */
  @children() accessor shapes!: Shape[];
  /** A control laid out over the painting (the canvas takes its size when it has none). */
  @child() accessor content: Control | undefined;
  /** The least time between two `onResize` events, in ms. Default 10. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor resizeInterval: number | undefined;
  /**
   * Removes every shape and sends the change at once (Flet's `Canvas.clean()`); `content`
   * stays.
   *
   * @example
   * ```ts
   * new ft.ElevatedButton("Clear", { onClick: () => canvas.clean() });
   * ```
   */
  clean(): void {
    this.shapes.splice(0);
    this.update();
  }

  /** The canvas was laid out at a new size (`e.width`, `e.height`). */
  @event({ type: CanvasResizeEvent }) accessor onResize:
    | EventHandler<CanvasResizeEvent<this>>
    | undefined;
}
