import {
  Control,
  type ControlOptions,
  child,
  control,
  iconProp,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { IconName } from "./types/icons.js";

/**
 * One destination of a {@link NavigationDrawer}: an icon and a label in a full-width row,
 * with the indicator pill behind both while selected.
 *
 * @example
 * ```ts
 * new ft.NavigationDrawerDestination("Inbox", {
 *   icon: ft.icons.INBOX_OUTLINED,
 *   selectedIcon: ft.icons.INBOX,
 * });
 * ```
 */
@control("navigationdrawerdestination")
export class NavigationDrawerDestination extends Control {
  /**
   * @param label - The label, or the options.
   * @param options - Other properties.
   */
  constructor(
    label?: string | ControlOptions<NavigationDrawerDestination>,
    options?: ControlOptions<NavigationDrawerDestination>,
  ) {
    super(withPrimary("label", label, options));
  }

  /** The label; also the destination's accessible name. */
  @prop({ kind: "string", text: true, label: true }) accessor label: string | undefined;
  /** The icon. */
  @iconProp() accessor icon: IconName | undefined;
  /** A control shown instead of `icon`. */
  @child() accessor iconContent: Control | undefined;
  /** The icon while selected; `icon` (filled) when unset. */
  @iconProp() accessor selectedIcon: IconName | undefined;
  /** A control shown instead of `selectedIcon`. */
  @child() accessor selectedIconContent: Control | undefined;
}
