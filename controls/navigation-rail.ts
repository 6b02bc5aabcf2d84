import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  child,
  children,
  control,
  defineCheck,
  type EventHandler,
  enumValues,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { NavigationRailDestination } from "./navigation-rail-destination.js";
import type { ColorValue } from "./types/colors.js";
import { NavigationRailLabelType } from "./types/navigation.js";
import type { OutlinedBorder } from "./types/shapes.js";

/** `groupAlignment`: from -1 (top) to 1 (bottom). */
const alignment = defineCheck(
  (v) => typeof v === "number" && v >= -1 && v <= 1,
  "a number from -1.0 (top) to 1.0 (bottom)",
);

/**
 * The Material 3 navigation rail: a column of {@link NavigationRailDestination}s at the
 * side of an app, for three to seven top-level places on wide screens.
 *
 * Like Flet's, it takes the whole height it is given: put it in a Row with `expand`, or
 * give it a `height`. `leading` (a FloatingActionButton, say) sits above the destinations,
 * `trailing` below them; `groupAlignment` places that group from the top (-1) to the
 * bottom (1).
 *
 * `selectedIndex` is two-way: `onChange` fires after the user picks a destination. Unset,
 * no destination is selected. Arrow keys move between destinations.
 *
 * @example
 * ```ts
 * const rail = new ft.NavigationRail({
 *   labelType: ft.NavigationRailLabelType.ALL,
 *   selectedIndex: 0,
 *   destinations: [
 *     new ft.NavigationRailDestination("Home", { icon: ft.icons.HOME_OUTLINED, selectedIcon: ft.icons.HOME }),
 *     new ft.NavigationRailDestination("Settings", { icon: ft.icons.SETTINGS_OUTLINED }),
 *   ],
 *   onChange: (e) => console.log(e.control.selectedIndex),
 * });
 * page.add(new ft.Row([rail, new ft.VerticalDivider({ width: 1 }), new ft.Column([], { expand: true })], { expand: true }));
 * ```
 */
@control("navigationrail")
export class NavigationRail extends ConstrainedControl {
  /**
   * @param destinations - The destinations (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    destinations?: NavigationRailDestination[] | ControlOptions<NavigationRail>,
    options?: ControlOptions<NavigationRail>,
  ) {
    super(withPrimary("destinations", destinations, options));
  }

  /** The destinations, top to bottom. */
  @children() accessor destinations!: NavigationRailDestination[];
  /** The index of the selected destination; none when unset. */
  @prop({ kind: "number", twoWay: true, check: checks.nonNegativeInteger })
  accessor selectedIndex: number | undefined;
  /** Shows labels beside the icons, in a wider rail (`minExtendedWidth`). Default false. */
  @prop({ kind: "boolean", default: false }) accessor extended: boolean | undefined;
  /** Which labels show under the icons when not extended. Default `all`. */
  @prop({ kind: "enum", values: enumValues(NavigationRailLabelType) })
  accessor labelType: NavigationRailLabelType | undefined;
  /** Background colour. Default the theme's surface. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Colour of the pill behind the selected icon. */
  @prop({ kind: "string", check: checks.color }) accessor indicatorColor: ColorValue | undefined;
  /** Shape of the pill behind the selected icon. Default a stadium. */
  @prop({ kind: "json" }) accessor indicatorShape: OutlinedBorder | undefined;
  /** Shadow size. Default 0. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor elevation: number | undefined;
  /** A control above the destinations (a FloatingActionButton, a logo). */
  @child() accessor leading: Control | undefined;
  /** A control right after the destinations. */
  @child() accessor trailing: Control | undefined;
  /** The rail's width when not extended. Default 80. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor minWidth: number | undefined;
  /** The rail's width when extended. Default 256. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor minExtendedWidth:
    | number
    | undefined;
  /** Where the destinations sit: -1 top (default), 0 centre, 1 bottom. */
  @prop({ kind: "number", check: alignment }) accessor groupAlignment: number | undefined;
  /** Fires after the user picks a destination; `selectedIndex` holds its index. */
  @event() accessor onChange: EventHandler<ControlEvent<NavigationRail>> | undefined;
}
