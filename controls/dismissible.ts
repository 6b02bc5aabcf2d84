import {
  ConstrainedControl,
  type Control,
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
import { DismissibleDismissEvent, DismissibleUpdateEvent } from "./events/drag-events.js";
import { DismissDirection } from "./types/overlay.js";

/** `Dismissible.dismissThresholds`: the share of the extent to swipe, per direction. */
export type DismissThresholds = Partial<Record<DismissDirection, number>>;

/**
 * Content the user swipes away (Flutter's `Dismissible`): dragged or flung along
 * `dismissDirection`, it slides out over `movementDuration`, then its place shrinks to
 * nothing over `resizeDuration` (`onResize` on each step), and `onDismiss` tells the
 * direction; the app then removes it from the tree. `background` shows behind it while it
 * is swiped to the end (right in left-to-right), `secondaryBackground` when swiped to the
 * start. A swipe short of the direction's threshold springs back.
 *
 * With `onConfirmDismiss` the swipe waits at the edge for the app's answer:
 * call {@link Dismissible.confirmDismiss} with true to dismiss, false to spring back.
 *
 * In the browser it is swiped with the mouse, a pen or a finger. It is a focusable group
 * named by its content and described "Swipe or press Delete ... to dismiss": Delete (or
 * Backspace) dismisses it towards the start (else another allowed way), and the arrow keys
 * along its axis dismiss in their direction. A disabled one neither swipes nor takes focus.
 *
 * @example
 * ```ts
 * const list = new ft.ListView();
 * for (const name of ["Apples", "Pears"])
 *   list.controls.push(
 *     new ft.Dismissible(new ft.ListTile({ title: new ft.Text(name) }), {
 *       background: new ft.Container({ bgcolor: ft.colors.GREEN }),
 *       secondaryBackground: new ft.Container({ bgcolor: ft.colors.RED }),
 *       onConfirmDismiss: (e) => e.control.confirmDismiss(e.direction === "endToStart"),
 *       onDismiss: (e) => void list.controls.splice(list.controls.indexOf(e.control), 1),
 *     }),
 *   );
 * ```
 */
@control("dismissible")
export class Dismissible extends ConstrainedControl {
  /**
   * @param content - What is swiped away, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    content?: Control | ControlOptions<Dismissible>,
    options?: ControlOptions<Dismissible>,
  ) {
    super(withPrimary("content", content, options));
  }

  /**
   * Refuses a Dismissible without `content` and thresholds outside 0..1.
   * @throws `FletError` `FLET_ERR_PROP_INVALID_VALUE`.
   */
  override validate(): void {
    if (this.content === undefined)
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        "Expected Dismissible.content to be a control, but got undefined. Pass what is swiped away: new ft.Dismissible(new ft.ListTile(...)).",
        { prop: "content" },
      );
    for (const [direction, value] of Object.entries(this.dismissThresholds ?? {}))
      if (
        !(enumValues(DismissDirection) as readonly string[]).includes(direction) ||
        typeof value !== "number" ||
        !(value >= 0 && value <= 1)
      )
        throw new FletError(
          ErrorCode.PROP_INVALID_VALUE,
          `Expected Dismissible.dismissThresholds to map DismissDirection values to numbers from 0 to 1, but got ${JSON.stringify(direction)}: ${JSON.stringify(value)}. Write e.g. { endToStart: 0.6 }.`,
          { prop: "dismissThresholds" },
        );
  }

  /** Tells a swipe waiting in `onConfirmDismiss` to dismiss (true) or spring back (false). */
  confirmDismiss(dismiss: boolean): Promise<void> {
    return this.invoke("confirm_dismiss", { dismiss }).then(() => undefined);
  }

  /** What is swiped away. Required. */
  @child() accessor content: Control | undefined;
  /** Shown behind the content swiped to the end (or down). Default: nothing. */
  @child() accessor background: Control | undefined;
  /** Shown behind the content swiped to the start (or up). Default: nothing, as in Flet. */
  @child() accessor secondaryBackground: Control | undefined;
  /** The directions it can be swiped (one of {@link DismissDirection}). Default horizontal. */
  @prop({ kind: "enum", values: enumValues(DismissDirection) }) accessor dismissDirection:
    | DismissDirection
    | undefined;
  /** Share of the extent to swipe past to dismiss, per direction. Default 0.4 each. */
  @prop({ kind: "json" }) accessor dismissThresholds: DismissThresholds | undefined;
  /** How long the slide out (or back) takes, in ms. Default 200. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor movementDuration:
    | number
    | undefined;
  /** How long the place takes to shrink after the slide, in ms. Default 300. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor resizeDuration: number | undefined;
  /**
   * How far the content moves across the swipe axis as it slides out, as a share of its
   * height (width when swiped vertically); negative moves up (left). Default 0.
   */
  @prop({ kind: "number" }) accessor crossAxisEndOffset: number | undefined;

  /** It was swiped away and its place has shrunk (`e.direction`). Remove it now. */
  @event({ type: DismissibleDismissEvent }) accessor onDismiss:
    | EventHandler<DismissibleDismissEvent<Dismissible>>
    | undefined;
  /** The swipe moved (`direction`, `progress`, `reached`, `previousReached`). */
  @event({ type: DismissibleUpdateEvent }) accessor onUpdate:
    | EventHandler<DismissibleUpdateEvent<Dismissible>>
    | undefined;
  /** Its place shrank a step after the slide out. */
  @event() accessor onResize: EventHandler<ControlEvent<Dismissible>> | undefined;
  /**
   * The swipe passed the threshold: answer with `confirmDismiss(true | false)`; the content
   * waits at the edge until then.
   */
  @event({ type: DismissibleDismissEvent }) accessor onConfirmDismiss:
    | EventHandler<DismissibleDismissEvent<Dismissible>>
    | undefined;
}
