import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  child,
  control,
  type EventHandler,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";

/**
 * One button of a {@link CupertinoActionSheet}. `isDefaultAction` makes it bold,
 * `isDestructiveAction` red.
 *
 * @example
 * ```ts
 * new ft.CupertinoActionSheetAction("Delete", { isDestructiveAction: true, onClick: remove });
 * ```
 */
@control("cupertinoactionsheetaction")
export class CupertinoActionSheetAction extends ConstrainedControl {
  /**
   * @param text - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    text?: string | ControlOptions<CupertinoActionSheetAction>,
    options?: ControlOptions<CupertinoActionSheetAction>,
  ) {
    super(withPrimary("text", text, options));
  }

  /** The label; also the accessible name. */
  @prop({ kind: "string", text: true, label: true }) accessor text: string | undefined;
  /** A control shown instead of `text`. */
  @child() accessor content: Control | undefined;
  /** Bold: the action the user most likely wants. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor isDefaultAction: boolean | undefined;
  /** Red: an action that destroys data. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor isDestructiveAction: boolean | undefined;
  /** Fires on click (mouse, touch, Enter or Space). */
  @event() accessor onClick: EventHandler<ControlEvent<CupertinoActionSheetAction>> | undefined;
}
