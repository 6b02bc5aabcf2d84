import {
  Control,
  type ControlEvent,
  type ControlOptions,
  child,
  control,
  type EventHandler,
  event,
  iconProp,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { Icon } from "./internal.js";

/**
 * An item of a {@link CupertinoContextMenu}: a label with an optional icon at the end;
 * bold when `isDefaultAction`, red when `isDestructiveAction`. Clicking it closes the menu.
 *
 * @example
 * ```ts
 * new ft.CupertinoContextMenuAction("Copy", { trailingIcon: ft.icons.COPY, onClick: copy });
 * ```
 */
@control("cupertinocontextmenuaction")
export class CupertinoContextMenuAction extends Control {
  /**
   * @param text - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    text?: string | ControlOptions<CupertinoContextMenuAction>,
    options?: ControlOptions<CupertinoContextMenuAction>,
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
  /** An icon at the end of the item. */
  @iconProp() accessor trailingIcon: Icon | undefined;
  /** Fires on click; the menu closes. */
  @event() accessor onClick: EventHandler<ControlEvent<CupertinoContextMenuAction>> | undefined;
}
