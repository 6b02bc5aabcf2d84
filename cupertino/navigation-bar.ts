import type { Border } from "flet-ts/controls";
import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  children,
  control,
  type EventHandler,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { Color } from "./internal.js";

/**
 * The iOS tab bar: icons with small labels at the bottom, the selected one tinted.
 * Its destinations are `NavigationDestination`s; assign it to `page.navigationBar`.
 *
 * `selectedIndex` is two-way: `onChange` fires (data: the index) after the user picks a tab.
 *
 * @example
 * ```ts
 * page.navigationBar = new ft.CupertinoNavigationBar({
 *   destinations: [
 *     new ft.NavigationDestination("Explore", { icon: ft.icons.EXPLORE }),
 *     new ft.NavigationDestination("Settings", { icon: ft.icons.SETTINGS }),
 *   ],
 *   onChange: (e) => show(e.control.selectedIndex),
 * });
 * ```
 */
@control("cupertinonavigationbar")
export class CupertinoNavigationBar extends ConstrainedControl {
  /**
   * @param destinations - The destinations (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    destinations?: Control[] | ControlOptions<CupertinoNavigationBar>,
    options?: ControlOptions<CupertinoNavigationBar>,
  ) {
    super(withPrimary("destinations", destinations, options));
  }

  /** The tabs: NavigationDestinations. */
  @children() accessor destinations!: Control[];
  /** The index of the selected tab. Default 0. */
  @prop({ kind: "number", default: 0, twoWay: true }) accessor selectedIndex: number | undefined;
  /** Background colour. Default translucent bar colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: Color | undefined;
  /** Colour of the selected tab. Default iOS blue. */
  @prop({ kind: "string", check: checks.color }) accessor activeColor: Color | undefined;
  /** Colour of the other tabs. Default iOS grey. */
  @prop({ kind: "string", check: checks.color }) accessor inactiveColor: Color | undefined;
  /** The top border (a hairline by default). */
  @prop({ kind: "json" }) accessor border: Border | undefined;
  /** Size of the icons. Default 30. */
  @prop({ kind: "number", default: 30 }) accessor iconSize: number | undefined;
  /** Fires after the user picks a tab; data and `selectedIndex` hold its index. */
  @event() accessor onChange: EventHandler<ControlEvent<CupertinoNavigationBar>> | undefined;
}
