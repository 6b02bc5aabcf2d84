import type { TextStyle } from "flet-ts/controls";
import {
  Control,
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
 * A button of a {@link CupertinoAlertDialog}: blue text, bold when `isDefaultAction`,
 * red when `isDestructiveAction`.
 *
 * @example
 * ```ts
 * new ft.CupertinoDialogAction("OK", { isDefaultAction: true, onClick: () => page.closeDialog() });
 * ```
 */
@control("cupertinodialogaction")
export class CupertinoDialogAction extends Control {
  /**
   * @param text - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    text?: string | ControlOptions<CupertinoDialogAction>,
    options?: ControlOptions<CupertinoDialogAction>,
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
  /** TextStyle of the label. */
  @prop({ kind: "json" }) accessor textStyle: TextStyle | undefined;
  /** Fires on click (mouse, touch, Enter or Space). */
  @event() accessor onClick: EventHandler<ControlEvent<CupertinoDialogAction>> | undefined;
}
