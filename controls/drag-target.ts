import {
  Control,
  type ControlEvent,
  type ControlOptions,
  child,
  control,
  ErrorCode,
  type EventHandler,
  event,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";
import {
  DragTargetAcceptEvent,
  DragTargetEvent,
  DragWillAcceptEvent,
} from "./events/drag-events.js";

/**
 * Where a {@link Draggable} can be dropped (Flutter's `DragTarget`). When a Draggable comes
 * over it, `onWillAccept` says whether their groups match (`e.accept`, `e.data` `"true"` or
 * `"false"`); while it moves over it `onMove` reports the pointer; when it leaves (or the
 * drag is cancelled) `onLeave` gets the Draggable's id; when it is dropped on a target of
 * its group, `onAccept` gets its id (`e.srcId`; `e.source` is the control) and the position.
 *
 * A disabled or hidden DragTarget takes no drops. From the keyboard, a picked-up Draggable
 * moves between the targets of its group with the arrow keys or Tab (see {@link Draggable}).
 *
 * @example
 * ```ts
 * const box = new ft.Container({ width: 50, height: 50, bgcolor: ft.colors.BLUE_GREY_100 });
 * new ft.DragTarget(box, {
 *   group: "color",
 *   onWillAccept: (e) => {
 *     box.border = ft.border.all(2, e.accept ? ft.colors.BLACK45 : ft.colors.RED);
 *   },
 *   onLeave: () => {
 *     box.border = undefined;
 *   },
 *   onAccept: (e) => {
 *     box.bgcolor = ((e.source as ft.Draggable).content as ft.Container).bgcolor;
 *     box.border = undefined;
 *   },
 * });
 * ```
 */
@control("dragtarget")
export class DragTarget extends Control {
  /**
   * @param content - What the target shows, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    content?: Control | ControlOptions<DragTarget>,
    options?: ControlOptions<DragTarget>,
  ) {
    super(withPrimary("content", content, options));
  }

  /**
   * Refuses a DragTarget without `content` (Flet draws an error box instead).
   * @throws `FletError` `FLET_ERR_PROP_INVALID_VALUE`.
   */
  override validate(): void {
    if (this.content === undefined)
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        "Expected DragTarget.content to be a control, but got undefined. Pass what the target shows: new ft.DragTarget(new ft.Container(...)).",
        { prop: "content" },
      );
  }

  /** The drag group: it accepts Draggables of the same group. Default `""`. */
  @prop({ kind: "string" }) accessor group: string | undefined;
  /** What the target shows. Required. */
  @child() accessor content: Control | undefined;

  /** A Draggable came over the target: `e.accept` says whether the groups match. */
  @event({ type: DragWillAcceptEvent }) accessor onWillAccept:
    | EventHandler<DragWillAcceptEvent<DragTarget>>
    | undefined;
  /** A Draggable of its group was dropped on it (`srcId`, `x`, `y`). */
  @event({ type: DragTargetAcceptEvent }) accessor onAccept:
    | EventHandler<DragTargetAcceptEvent<DragTarget>>
    | undefined;
  /** The Draggable left the target, or its drag was cancelled (`e.data` is its id). */
  @event() accessor onLeave: EventHandler<ControlEvent<DragTarget>> | undefined;
  /** The Draggable moved over the target (`srcId`, `x`, `y`). */
  @event({ type: DragTargetEvent }) accessor onMove:
    | EventHandler<DragTargetEvent<DragTarget>>
    | undefined;
}
