import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  child,
  control,
  type EventHandler,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";
import {
  DragEndEvent,
  DragStartEvent,
  DragUpdateEvent,
  LongPressEndEvent,
  LongPressStartEvent,
  MultiTapEvent,
  ScaleEndEvent,
  ScaleStartEvent,
  ScaleUpdateEvent,
} from "./events/gesture-events.js";
import { HoverEvent } from "./events/hover-event.js";
import { ScrollEvent } from "./events/scroll-event.js";
import { TapEvent } from "./events/tap-event.js";
import { checkGestures } from "./gesture-rules.js";
import type { MouseCursor } from "./types/mouse-cursor.js";

/**
 * Detects gestures on its content (Flutter's `GestureDetector`): taps, double taps, long
 * presses, right-button (secondary) taps, drags (pan, horizontal, vertical), pinches
 * (scale), hover and wheel scrolls, with the mouse, a pen or touch. Only the gestures
 * with a handler are recognised, and they compete as in Flutter: a press that moves past
 * the slop is a drag, not a tap; with `onDoubleTap` a single tap is reported only once
 * no second tap followed (300 ms); a press held 500 ms is a long press.
 *
 * Drag and hover updates come at most once per `dragInterval` / `hoverInterval` ms
 * (default: once per animation frame), their deltas adding up to the whole movement; the
 * last position always arrives before the end event.
 *
 * It adds no layout: its content is laid out as if it were not there (in a Stack,
 * `left`/`top` place it). Like Flutter's, it is not a keyboard control: give keyboard
 * users a button for what a gesture does. Controls inside it that take their own clicks
 * (buttons, links, fields) keep them, as the innermost recognizer wins in Flutter.
 *
 * It needs at least one handler or a `mouseCursor`, as in Flet; pan and scale
 * handlers together (scale is a superset of pan), and pan with both horizontal and
 * vertical drag handlers, are refused, as Flutter refuses them.
 *
 * @example
 * ```ts
 * const card = new ft.GestureDetector(
 *   new ft.Container({ width: 70, height: 100, bgcolor: ft.colors.AMBER }),
 *   {
 *     left: 0,
 *     top: 0,
 *     mouseCursor: ft.MouseCursor.MOVE,
 *     onPanUpdate: (e) => {
 *       card.left = Math.max(0, (card.left ?? 0) + e.deltaX);
 *       card.top = Math.max(0, (card.top ?? 0) + e.deltaY);
 *     },
 *   },
 * );
 * page.add(new ft.Stack([card], { width: 600, height: 400 }));
 * ```
 */
@control("gesturedetector")
export class GestureDetector extends ConstrainedControl {
  /**
   * @param content - The control whose gestures are detected, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    content?: Control | ControlOptions<GestureDetector>,
    options?: ControlOptions<GestureDetector>,
  ) {
    super(withPrimary("content", content, options));
  }

  /**
   * Refuses a detector without handlers or cursor, an unknown `mouseCursor` (with the
   * nearest names), and the handler sets Flutter refuses.
   * @throws `FletError` `FLET_ERR_PROP_INVALID_VALUE`: the update that brings it is
   * refused (nothing of it is sent) and the error goes to `page.onError`.
   */
  override validate(): void {
    checkGestures(this);
  }

  /** The control whose gestures are detected. Without it the detector fills its parent. */
  @child() accessor content: Control | undefined;
  /**
   * The mouse pointer over the detector (one of {@link MouseCursor}). Default: the
   * content's own.
   */
  @prop({ kind: "string" }) accessor mouseCursor: MouseCursor | undefined;
  /** Least time between two drag updates, in ms. Default: one per animation frame. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor dragInterval: number | undefined;
  /** Least time between two hover events, in ms. Default: one per animation frame. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor hoverInterval: number | undefined;
  /**
   * How many pointers must be down at once for `onMultiTap` to report `correctTouches`
   * (and `onMultiLongPress` to follow a second later). Default 0: never, as in Flet.
   */
  @prop({ kind: "number", check: checks.nonNegativeInteger }) accessor multiTapTouches:
    | number
    | undefined;

  /** A primary (left button, finger) tap ended. */
  @event() accessor onTap: EventHandler<ControlEvent<GestureDetector>> | undefined;
  /** A pointer that may tap came down (its position and kind). */
  @event({ type: TapEvent }) accessor onTapDown:
    | EventHandler<TapEvent<GestureDetector>>
    | undefined;
  /** A pointer that tapped was lifted (its position and kind), just before `onTap`. */
  @event({ type: TapEvent }) accessor onTapUp: EventHandler<TapEvent<GestureDetector>> | undefined;
  /** `multiTapTouches` pointers came down at once (true), or one was lifted (false). */
  @event({ type: MultiTapEvent }) accessor onMultiTap:
    | EventHandler<MultiTapEvent<GestureDetector>>
    | undefined;
  /** `multiTapTouches` pointers stayed down for a second. */
  @event() accessor onMultiLongPress: EventHandler<ControlEvent<GestureDetector>> | undefined;
  /** A secondary (right button) tap ended. */
  @event() accessor onSecondaryTap: EventHandler<ControlEvent<GestureDetector>> | undefined;
  /** The right button came down (its position and kind). */
  @event({ type: TapEvent }) accessor onSecondaryTapDown:
    | EventHandler<TapEvent<GestureDetector>>
    | undefined;
  /** The right button of a tap was released, just before `onSecondaryTap`. */
  @event({ type: TapEvent }) accessor onSecondaryTapUp:
    | EventHandler<TapEvent<GestureDetector>>
    | undefined;
  /** A primary pointer was held still for 500 ms. */
  @event({ type: LongPressStartEvent }) accessor onLongPressStart:
    | EventHandler<LongPressStartEvent<GestureDetector>>
    | undefined;
  /** The pointer of a long press was lifted. */
  @event({ type: LongPressEndEvent }) accessor onLongPressEnd:
    | EventHandler<LongPressEndEvent<GestureDetector>>
    | undefined;
  /** The right button was held still for 500 ms. */
  @event({ type: LongPressStartEvent }) accessor onSecondaryLongPressStart:
    | EventHandler<LongPressStartEvent<GestureDetector>>
    | undefined;
  /** The right button of a long press was released. */
  @event({ type: LongPressEndEvent }) accessor onSecondaryLongPressEnd:
    | EventHandler<LongPressEndEvent<GestureDetector>>
    | undefined;
  /** A second tap followed a tap quickly, near it. */
  @event() accessor onDoubleTap: EventHandler<ControlEvent<GestureDetector>> | undefined;
  /** The pointer of a second tap came down (its position and kind). */
  @event({ type: TapEvent }) accessor onDoubleTapDown:
    | EventHandler<TapEvent<GestureDetector>>
    | undefined;
  /** A horizontal drag began. */
  @event({ type: DragStartEvent }) accessor onHorizontalDragStart:
    | EventHandler<DragStartEvent<GestureDetector>>
    | undefined;
  /** A horizontal drag moved (`primaryDelta` is the horizontal movement). */
  @event({ type: DragUpdateEvent }) accessor onHorizontalDragUpdate:
    | EventHandler<DragUpdateEvent<GestureDetector>>
    | undefined;
  /** A horizontal drag ended. */
  @event({ type: DragEndEvent }) accessor onHorizontalDragEnd:
    | EventHandler<DragEndEvent<GestureDetector>>
    | undefined;
  /** A vertical drag began. */
  @event({ type: DragStartEvent }) accessor onVerticalDragStart:
    | EventHandler<DragStartEvent<GestureDetector>>
    | undefined;
  /** A vertical drag moved (`primaryDelta` is the vertical movement). */
  @event({ type: DragUpdateEvent }) accessor onVerticalDragUpdate:
    | EventHandler<DragUpdateEvent<GestureDetector>>
    | undefined;
  /** A vertical drag ended. */
  @event({ type: DragEndEvent }) accessor onVerticalDragEnd:
    | EventHandler<DragEndEvent<GestureDetector>>
    | undefined;
  /** A drag in any direction began. */
  @event({ type: DragStartEvent }) accessor onPanStart:
    | EventHandler<DragStartEvent<GestureDetector>>
    | undefined;
  /** A drag in any direction moved. */
  @event({ type: DragUpdateEvent }) accessor onPanUpdate:
    | EventHandler<DragUpdateEvent<GestureDetector>>
    | undefined;
  /** A drag in any direction ended. */
  @event({ type: DragEndEvent }) accessor onPanEnd:
    | EventHandler<DragEndEvent<GestureDetector>>
    | undefined;
  /** Pointers began to pinch, rotate or pan. */
  @event({ type: ScaleStartEvent }) accessor onScaleStart:
    | EventHandler<ScaleStartEvent<GestureDetector>>
    | undefined;
  /** The pinching pointers moved. */
  @event({ type: ScaleUpdateEvent }) accessor onScaleUpdate:
    | EventHandler<ScaleUpdateEvent<GestureDetector>>
    | undefined;
  /** A pinch ended (a pointer was lifted or added). */
  @event({ type: ScaleEndEvent }) accessor onScaleEnd:
    | EventHandler<ScaleEndEvent<GestureDetector>>
    | undefined;
  /** The mouse (or a pen) moved over the detector with no button down. */
  @event({ type: HoverEvent }) accessor onHover:
    | EventHandler<HoverEvent<GestureDetector>>
    | undefined;
  /** The mouse (or a pen) entered the detector. */
  @event({ type: HoverEvent }) accessor onEnter:
    | EventHandler<HoverEvent<GestureDetector>>
    | undefined;
  /** The mouse (or a pen) left the detector. */
  @event({ type: HoverEvent }) accessor onExit:
    | EventHandler<HoverEvent<GestureDetector>>
    | undefined;
  /** The mouse wheel (or a trackpad) scrolled over the detector (`scrollDeltaX`, `scrollDeltaY`). */
  @event({ type: ScrollEvent }) accessor onScroll:
    | EventHandler<ScrollEvent<GestureDetector>>
    | undefined;
}
