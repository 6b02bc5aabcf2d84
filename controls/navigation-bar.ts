import {
  ConstrainedControl,
  type ControlEvent,
  type ControlOptions,
  checks,
  children,
  control,
  type EventHandler,
  enumValues,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { NavigationDestination } from "./navigation-destination.js";
import type { Border } from "./types/border.js";
import type { ColorValue } from "./types/colors.js";
import { NavigationBarLabelBehavior } from "./types/navigation.js";
import type { OutlinedBorder } from "./types/shapes.js";

/**
 * The Material bottom navigation bar: three to five {@link NavigationDestination}s.
 * Assign it to `page.navigationBar`.
 *
 * `selectedIndex` is two-way: `onChange` fires after the user picks a destination.
 *
 * @example
 * ```ts
 * page.navigationBar = new ft.NavigationBar({
 *   destinations: [
 *     new ft.NavigationDestination("Home", { icon: ft.icons.HOME }),
 *     new ft.NavigationDestination("Settings", { icon: ft.icons.SETTINGS }),
 *   ],
 *   onChange: (e) => showPage(e.control.selectedIndex),
 * });
 * ```
 */
@control("navigationbar")
export class NavigationBar extends ConstrainedControl {
  /**
   * @param destinations - The destinations (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    destinations?: NavigationDestination[] | ControlOptions<NavigationBar>,
    options?: ControlOptions<NavigationBar>,
  ) {
    super(withPrimary("destinations", destinations, options));
  }

  /** The destinations. */
  @children() accessor destinations!: NavigationDestination[];
  /** The index of the selected destination. Default 0. */
  @prop({ kind: "number", default: 0, twoWay: true }) accessor selectedIndex: number | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** When labels are shown. Default `alwaysShow`. */
  @prop({ kind: "enum", values: enumValues(NavigationBarLabelBehavior) })
  accessor labelBehavior: NavigationBarLabelBehavior | undefined;
  /** Shadow size. Default 3. */
  @prop({ kind: "number" }) accessor elevation: number | undefined;
  /** Colour of the shadow. */
  @prop({ kind: "string", check: checks.color }) accessor shadowColor: ColorValue | undefined;
  /** Colour of the pill behind the selected icon. */
  @prop({ kind: "string", check: checks.color }) accessor indicatorColor: ColorValue | undefined;
  /** Shape of the pill behind the selected icon. */
  @prop({ kind: "json" }) accessor indicatorShape: OutlinedBorder | undefined;
  /** The tint Material 3 adds to show elevation. */
  @prop({ kind: "string", check: checks.color }) accessor surfaceTintColor: ColorValue | undefined;
  /** A border around the bar. */
  @prop({ kind: "json" }) accessor border: Border | undefined;
  /** Fires after the user picks a destination; `selectedIndex` holds its index. */
  @event() accessor onChange: EventHandler<ControlEvent<NavigationBar>> | undefined;
}
