import {
  Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  child,
  control,
  ErrorCode,
  type EventHandler,
  enumValues,
  event,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { Axis } from "./types/drag.js";

/**
 * A control the user can drag onto a {@link DragTarget} of the same `group` (Flutter's
 * `Draggable`). While it is dragged, `contentFeedback` (else a half-transparent copy of
 * `content`) follows the pointer and `contentWhenDragging` (else `content`) stays in place;
 * targets of the group hear `onWillAccept`, `onMove`, `onLeave`, and the one it is dropped
 * on `onAccept` with this control's id (`e.srcId`, `e.source`).
 *
 * In the browser it is dragged with the mouse, a pen or a finger (pointer capture), and
 * from the keyboard: it is focusable; Space or Enter picks it up, the arrow keys or Tab
 * move between the targets that accept it, Enter or Space drops, Escape cancels; each
 * step is announced to screen readers. A disabled Draggable cannot be dragged.
 *
 * @example
 * ```ts
 * const chip = new ft.Draggable(
 *   new ft.Container({ width: 50, height: 50, bgcolor: ft.colors.CYAN, borderRadius: 5 }),
 *   { group: "color" },
 * );
 * const box = new ft.Container({ width: 50, height: 50, bgcolor: ft.colors.BLUE_GREY_100 });
 * page.add(
 *   chip,
 *   new ft.DragTarget(box, {
 *     group: "color",
 *     onAccept: (e) => {
 *       box.bgcolor = ((e.source as ft.Draggable).content as ft.Container).bgcolor;
 *     },
 *   }),
 * );
 * ```
 */
@control("draggable")
export class Draggable extends Control {
  /**
   * @param content - What the user drags, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(content?: Control | ControlOptions<Draggable>, options?: ControlOptions<Draggable>) {
    super(withPrimary("content", content, options));
  }

  /**
   * Refuses a Draggable without `content` (Flet draws an error box instead).
   * @throws `FletError` `FLET_ERR_PROP_INVALID_VALUE`.
   */
  override validate(): void {
    if (this.content === undefined)
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        "Expected Draggable.content to be a control, but got undefined. Pass the control the user drags: new ft.Draggable(new ft.Container(...)).",
        { prop: "content" },
      );
  }

  /** The drag group: only DragTargets with the same group accept it. Default `""`. */
  @prop({ kind: "string" }) accessor group: string | undefined;
  /** What is shown in place and picked up. Required. */
  @child() accessor content: Control | undefined;
  /** What stays in place while it is dragged. Default: `content` itself. */
  @child() accessor contentWhenDragging: Control | undefined;
  /** What follows the pointer. Default: `content` at half opacity. */
  @child() accessor contentFeedback: Control | undefined;
  /**
   * How many drags may run at once; 0 makes it not draggable (nor focusable). Default: no
   * limit. In a browser one pointer drags it at a time, so any value above 0 acts as 1.
   */
  @prop({ kind: "number", check: checks.nonNegativeInteger }) accessor maxSimultaneousDrags:
    | number
    | undefined;
  /** Limits the feedback's movement to one axis (one of {@link Axis}). Default: free. */
  @prop({ kind: "enum", values: enumValues(Axis) }) accessor axis: Axis | undefined;
  /**
   * A touch drag starts only when the finger moves along this axis first (one of
   * {@link Axis}); across it the page scrolls. Default: any direction starts it.
   */
  @prop({ kind: "enum", values: enumValues(Axis) }) accessor affinity: Axis | undefined;

  /** A drag began (by pointer or keyboard). */
  @event() accessor onDragStart: EventHandler<ControlEvent<Draggable>> | undefined;
  /** It was dropped on a DragTarget that accepted it. */
  @event() accessor onDragComplete: EventHandler<ControlEvent<Draggable>> | undefined;
}
