import type { Border } from "flet-ts/controls";
import {
  Control,
  type ControlOptions,
  checks,
  child,
  control,
  type PaddingValue,
  prop,
} from "flet-ts/pack";
import type { Color } from "./internal.js";

/**
 * The iOS navigation bar at the top of a screen: `leading`, a centred `middle` (the
 * title) and `trailing`, on a translucent bar with a hairline border. Assign it to
 * `page.appbar`.
 *
 * @example
 * ```ts
 * page.appbar = new ft.CupertinoAppBar({
 *   leading: new ft.Icon(ft.icons.PALETTE),
 *   middle: new ft.Text("Settings"),
 *   trailing: new ft.Icon(ft.icons.WB_SUNNY_OUTLINED),
 * });
 * ```
 */
@control("cupertinoappbar")
export class CupertinoAppBar extends Control {
  constructor(options?: ControlOptions<CupertinoAppBar>) {
    super(options);
  }

  /** A control at the start (a back button). */
  @child() accessor leading: Control | undefined;
  /** The centred title. */
  @child() accessor middle: Control | undefined;
  /** A control at the end. */
  @child() accessor trailing: Control | undefined;
  /** Background colour. Default translucent system background. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: Color | undefined;
  /**
   * Without `leading`: shows a chevron back button (labelled `previousPageTitle`) while
   * the view sits above another one, as Flutter's CupertinoNavigationBar does, and a menu
   * button that opens the view's drawer when it has one and cannot go back. Default `true`.
   */
  @prop({ kind: "boolean", default: true }) accessor automaticallyImplyLeading: boolean | undefined;
  /** Shows the page title as `middle` when it is unset. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor automaticallyImplyMiddle: boolean | undefined;
  /** The bottom border (a hairline by default). */
  @prop({ kind: "json" }) accessor border: Border | undefined;
  /** Space inside the bar. */
  @prop({ kind: "json" }) accessor padding: PaddingValue | undefined;
  /**
   * Animates the bar between routes. Default `true`. A browser no-op: the browser swaps
   * views without a route animation, so there is no bar transition to turn off.
   */
  @prop({ kind: "boolean", default: true }) accessor transitionBetweenRoutes: boolean | undefined;
  /** The previous page's title, shown next to the implied back button ("Back" past 12 characters). */
  @prop({ kind: "string", text: true }) accessor previousPageTitle: string | undefined;
}
