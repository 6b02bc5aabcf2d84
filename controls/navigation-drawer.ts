import {
  Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  children,
  control,
  type EventHandler,
  event,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";
import type { OutlinedBorder } from "./types/shapes.js";

/**
 * The Material 3 modal navigation drawer: a panel that slides in from the start edge
 * (`page.drawer`) or the end edge (`page.endDrawer`) over a scrim, holding
 * {@link NavigationDrawerDestination}s and any other controls (headings, dividers).
 *
 * Open it with `page.showDrawer(drawer)` / `page.showEndDrawer(drawer)` (or set `open`),
 * or let the user open it: the app bar shows a menu button for each drawer of its view
 * (the end one when the bar has no actions), and on touch screens a swipe in from the
 * edge opens it. Escape, a click on the scrim, a swipe back or `page.closeDrawer()`
 * closes it; focus stays inside while it is open and returns where it was.
 *
 * `open` and `selectedIndex` are two-way. `onChange` fires after the user picks a
 * destination (`selectedIndex` counts destinations only), `onDismiss` after the user
 * closes the drawer, `onOpen` after the user opens it (menu button or swipe).
 *
 * @example
 * ```ts
 * page.drawer = new ft.NavigationDrawer([
 *   new ft.NavigationDrawerDestination("Inbox", { icon: ft.icons.INBOX }),
 *   new ft.Divider(),
 *   new ft.NavigationDrawerDestination("Outbox", { icon: ft.icons.OUTBOX }),
 * ], { onChange: () => page.closeDrawer() });
 * ```
 */
@control("navigationdrawer")
export class NavigationDrawer extends Control {
  /**
   * @param controls - The destinations and other controls (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    controls?: Control[] | ControlOptions<NavigationDrawer>,
    options?: ControlOptions<NavigationDrawer>,
  ) {
    super(withPrimary("controls", controls, options));
  }

  /** Destinations, headings, dividers: the drawer's content, top to bottom. */
  @children() accessor controls!: Control[];
  /** Whether the drawer is shown. Default false. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor open: boolean | undefined;
  /** The index of the selected destination, counting destinations only. Default 0. */
  @prop({ kind: "number", default: 0, twoWay: true, check: checks.nonNegativeInteger })
  accessor selectedIndex: number | undefined;
  /** Background colour. Default the theme's surface container. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Shadow size. Default 1. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor elevation: number | undefined;
  /** Colour of the pill behind the selected destination. */
  @prop({ kind: "string", check: checks.color }) accessor indicatorColor: ColorValue | undefined;
  /** Shape of the pill behind the selected destination. Default a stadium. */
  @prop({ kind: "json" }) accessor indicatorShape: OutlinedBorder | undefined;
  /** Colour of the shadow. */
  @prop({ kind: "string", check: checks.color }) accessor shadowColor: ColorValue | undefined;
  /** The tint Material 3 adds to show elevation, mixed into the background. */
  @prop({ kind: "string", check: checks.color }) accessor surfaceTintColor: ColorValue | undefined;
  /** Space around each destination. Default 12 px on the left and right. */
  @prop({ kind: "json", check: checks.padding }) accessor tilePadding: PaddingValue | undefined;
  /** Fires after the user picks a destination; `selectedIndex` holds its index. */
  @event() accessor onChange: EventHandler<ControlEvent<NavigationDrawer>> | undefined;
  /** Fires after the user closes the drawer (Escape, scrim, swipe); `open` is then false. */
  @event() accessor onDismiss: EventHandler<ControlEvent<NavigationDrawer>> | undefined;
  /** Fires after the user opens the drawer (menu button, swipe); `open` is then true. */
  @event() accessor onOpen: EventHandler<ControlEvent<NavigationDrawer>> | undefined;
}
