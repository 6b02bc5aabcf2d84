/**
 * The events of DragTarget and Dismissible, with Flet's fields (camelCase).
 * @module
 */
import { type Control, ControlEvent } from "flet-ts/pack";
import type { DismissDirection } from "../types/overlay.js";
import { numberField, payloadOf } from "./payload.js";

/**
 * `DragTarget.onAccept` and `onMove`: which Draggable (`srcId`, its control id) is over the
 * target, and where its feedback's top-left corner is (`x`, `y`, page coordinates, as
 * Flutter's `details.offset`). `source` looks the
 * Draggable up on the page, as Flet's `page.get_control(e.src_id)`.
 *
 * @example
 * ```ts
 * new ft.DragTarget(box, {
 *   group: "color",
 *   onAccept: (e) => {
 *     const src = e.source as ft.Draggable;
 *     box.bgcolor = (src.content as ft.Container).bgcolor;
 *   },
 * });
 * ```
 */
export class DragTargetAcceptEvent<
  TControl extends Control = Control,
> extends ControlEvent<TControl> {
  /** The control id of the dragged Draggable (`page.getControl(srcId)` finds it). */
  readonly srcId: string;
  /** The feedback's left edge on the page, in logical pixels. */
  readonly x: number;
  /** The feedback's top edge on the page, in logical pixels. */
  readonly y: number;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const payload = payloadOf(data);
    this.srcId = typeof payload.src_id === "string" ? payload.src_id : String(payload.srcId ?? "");
    this.x = numberField(payload, ["x"]);
    this.y = numberField(payload, ["y"]);
  }

  /** The dragged Draggable, found on the page by `srcId`; undefined when it is gone. */
  get source(): Control | undefined {
    return this.control.page?.getControl(this.srcId);
  }
}

/** `DragTarget.onMove`: the same fields as {@link DragTargetAcceptEvent}. */
export class DragTargetEvent<
  TControl extends Control = Control,
> extends DragTargetAcceptEvent<TControl> {}

/**
 * `DragTarget.onWillAccept`: a Draggable came over the target; `accept` (and `data`,
 * `"true"` or `"false"` as in Flet) says whether its group is the target's.
 *
 * @example
 * ```ts
 * new ft.DragTarget(box, { group: "color", onWillAccept: (e) => highlight(e.accept) });
 * ```
 */
export class DragWillAcceptEvent<
  TControl extends Control = Control,
> extends ControlEvent<TControl> {
  /** True when the dragged Draggable's group matches the target's. */
  readonly accept: boolean;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    this.accept = data === true || data === "true";
  }
}

function directionOf(data: unknown): DismissDirection {
  const payload = payloadOf(data);
  const value = typeof data === "string" && !data.startsWith("{") ? data : payload.direction;
  return (typeof value === "string" ? value : "none") as DismissDirection;
}

/**
 * `Dismissible.onDismiss` and `onConfirmDismiss`: the direction of the swipe.
 *
 * @example
 * ```ts
 * new ft.Dismissible(tile, { onDismiss: (e) => console.log(`swiped ${e.direction}`) });
 * ```
 */
export class DismissibleDismissEvent<
  TControl extends Control = Control,
> extends ControlEvent<TControl> {
  /** Where the content was swiped (one of `DismissDirection`). */
  readonly direction: DismissDirection;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    this.direction = directionOf(data);
  }
}

/**
 * `Dismissible.onUpdate`: the swipe moved. `progress` is the share of the width (or height)
 * swiped, `reached` whether it is past the direction's threshold now, `previousReached`
 * whether it was at the update before.
 *
 * @example
 * ```ts
 * new ft.Dismissible(tile, { onUpdate: (e) => e.reached && !e.previousReached && warn() });
 * ```
 */
export class DismissibleUpdateEvent<
  TControl extends Control = Control,
> extends DismissibleDismissEvent<TControl> {
  /** How far the content is swiped, 0 to 1 of its extent. */
  readonly progress: number;
  /** True when the swipe is past the threshold. */
  readonly reached: boolean;
  /** True when it was past the threshold at the previous update. */
  readonly previousReached: boolean;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const payload = payloadOf(data);
    this.progress = numberField(payload, ["progress"]);
    this.reached = payload.reached === true;
    this.previousReached = payload.previous_reached === true || payload.previousReached === true;
  }
}
