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
 * One destination of a {@link NavigationBar}: an icon and a label.
 *
 * `iconContent` and `selectedIconContent` replace the icons with any control (a Badge,
 * for instance).
 *
 * @example
 * ```ts
 * new ft.NavigationDestination("Explore", { icon: ft.icons.EXPLORE_OUTLINED, selectedIcon: ft.icons.EXPLORE });
 * ```
 */
@control("navigationdestination")
export class NavigationDestination extends Control {
  /**
   * @param label - The label, or the options.
   * @param options - Other properties.
   */
  constructor(
    label?: string | ControlOptions<NavigationDestination>,
    options?: ControlOptions<NavigationDestination>,
  ) {
    super(withPrimary("label", label, options));
  }

  /** The label under the icon; also the destination's accessible name. */
  @prop({ kind: "string", text: true, label: true }) accessor label: string | undefined;
  /** The icon. */
  @iconProp() accessor icon: IconName | undefined;
  /** A control shown instead of `icon`. */
  @child() accessor iconContent: Control | undefined;
  /** The icon while selected; `icon` when unset. */
  @iconProp() accessor selectedIcon: IconName | undefined;
  /** A control shown instead of `selectedIcon`. */
  @child() accessor selectedIconContent: Control | undefined;
}
