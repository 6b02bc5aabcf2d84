import {
  Control,
  type ControlOptions,
  checks,
  child,
  control,
  iconProp,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { IconName } from "./types/icons.js";

/**
 * One destination of a {@link NavigationRail}: an icon in the rail's indicator pill and a
 * label (below the icon, or beside it when the rail is extended).
 *
 * `iconContent`, `selectedIconContent` and `labelContent` replace the icons and the label
 * with any control.
 *
 * @example
 * ```ts
 * new ft.NavigationRailDestination("Bookmarks", {
 *   icon: ft.icons.BOOKMARK_BORDER,
 *   selectedIcon: ft.icons.BOOKMARK,
 * });
 * ```
 */
@control("navigationraildestination")
export class NavigationRailDestination extends Control {
  /**
   * @param label - The label, or the options.
   * @param options - Other properties.
   */
  constructor(
    label?: string | ControlOptions<NavigationRailDestination>,
    options?: ControlOptions<NavigationRailDestination>,
  ) {
    super(withPrimary("label", label, options));
  }

  /** The label; also the destination's accessible name. */
  @prop({ kind: "string", text: true, label: true }) accessor label: string | undefined;
  /** A control shown instead of `label` (its text is then the accessible name). */
  @child() accessor labelContent: Control | undefined;
  /** The icon. */
  @iconProp() accessor icon: IconName | undefined;
  /** A control shown instead of `icon`. */
  @child() accessor iconContent: Control | undefined;
  /** The icon while selected; `icon` (filled) when unset. */
  @iconProp() accessor selectedIcon: IconName | undefined;
  /** A control shown instead of `selectedIcon`. */
  @child() accessor selectedIconContent: Control | undefined;
  /** Space around the destination. */
  @prop({ kind: "json", check: checks.padding }) accessor padding: PaddingValue | undefined;
}
