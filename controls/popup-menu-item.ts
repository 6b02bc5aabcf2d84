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
import type { IconName } from "./types/icons.js";

/**
 * One entry of a {@link PopupMenuButton}'s menu: text with an optional icon, any
 * `content`, or, with neither text nor content, a divider line.
 *
 * With `checked` set (true or false) it is a checkable entry showing a check mark while
 * true; flip it in `onClick`, as in Flet. `onClick` fires when the user picks the entry;
 * the menu then closes.
 *
 * @example
 * ```ts
 * new ft.PopupMenuItem("Copy", { icon: ft.icons.COPY, onClick: () => copy() });
 * new ft.PopupMenuItem(); // a divider
 * ```
 */
@control("popupmenuitem")
export class PopupMenuItem extends Control {
  /**
   * @param text - The entry's text (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    text?: string | ControlOptions<PopupMenuItem>,
    options?: ControlOptions<PopupMenuItem>,
  ) {
    super(withPrimary("text", text, options));
  }

  /** The entry's text; also its accessible name. */
  @prop({ kind: "string", text: true, label: true }) accessor text: string | undefined;
  /** An icon before the text. */
  @iconProp() accessor icon: IconName | undefined;
  /** Whether a checkable entry is checked; unset, the entry is not checkable. */
  @prop({ kind: "boolean" }) accessor checked: boolean | undefined;
  /** Any control, instead of the icon and text. */
  @child() accessor content: Control | undefined;
  /** Fires when the user picks this entry. */
  @event() accessor onClick: EventHandler<ControlEvent<PopupMenuItem>> | undefined;
}
