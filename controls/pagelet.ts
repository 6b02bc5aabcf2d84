import {
  ConstrainedControl,
  type Control,
  type ControlOptions,
  checks,
  child,
  control,
  describeValue,
  ErrorCode,
  enumValues,
  FletError,
  FloatingActionButtonLocation,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { NavigationDrawer } from "./navigation-drawer.js";
import type { ColorValue } from "./types/colors.js";

type DrawerSlot = "drawer" | "endDrawer";

/**
 * A page within the page: a Material scaffold of its own, in a box laid out like any
 * other control (`width`, `height`, `expand`), with its own app bar, content, navigation
 * bar or bottom app bar, persistent bottom sheet, floating action button and drawers.
 * Use it for demos, galleries and "phone in a page" layouts.
 *
 * It is drawn by the same scaffold code as a view, with one difference: its drawers open
 * inside its own box, over a scrim that covers only the Pagelet, and the rest of the page
 * stays usable. The app bar's menu button opens `drawer` (and, without actions, a second
 * one opens `endDrawer`); Escape or a click on the scrim closes it. The app opens and
 * closes them with {@link Pagelet.showDrawer} / {@link Pagelet.closeDrawer} and their end
 * twins. `content` is required.
 *
 * @example
 * ```ts
 * page.add(
 *   new ft.Pagelet(new ft.Text("This is a pagelet"), {
 *     appbar: new ft.AppBar({ title: new ft.Text("Pagelet") }),
 *     drawer: new ft.NavigationDrawer([new ft.NavigationDrawerDestination("Inbox")]),
 *     floatingActionButton: new ft.FloatingActionButton({ icon: ft.icons.ADD }),
 *     height: 400,
 *   }),
 * );
 * ```
 */
@control("pagelet")
export class Pagelet extends ConstrainedControl {
  /**
   * @param content - The body of the Pagelet (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(content?: Control | ControlOptions<Pagelet>, options?: ControlOptions<Pagelet>) {
    super(withPrimary("content", content, options));
  }

  /**
   * Shows `drawer` as the start drawer (Flet's `show_drawer`): it becomes
   * {@link Pagelet.drawer} and opens, closing the end drawer if that was open.
   *
   * @example
   * ```ts
   * pagelet.showDrawer(new ft.NavigationDrawer([new ft.NavigationDrawerDestination("Inbox")]));
   * ```
   */
  showDrawer(drawer: NavigationDrawer): void {
    this.#show("drawer", drawer, "showDrawer");
  }
  /** Closes the start drawer, if it is open (Flet's `close_drawer`). */
  closeDrawer(): void {
    this.#close("drawer");
  }
  /** Shows `drawer` as the end drawer (Flet's `show_end_drawer`), closing the start one. */
  showEndDrawer(drawer: NavigationDrawer): void {
    this.#show("endDrawer", drawer, "showEndDrawer");
  }
  /** Closes the end drawer, if it is open (Flet's `close_end_drawer`). */
  closeEndDrawer(): void {
    this.#close("endDrawer");
  }
  #show(slot: DrawerSlot, drawer: NavigationDrawer, method: string): void {
    if (!(drawer instanceof NavigationDrawer))
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        `Expected Pagelet.${method}() to get a NavigationDrawer, but it got ${describeValue(drawer)}. Pass the ft.NavigationDrawer to show.`,
        { prop: slot },
      );
    this.#close(slot === "drawer" ? "endDrawer" : "drawer");
    this[slot] = drawer;
    drawer.open = true;
  }
  #close(slot: DrawerSlot): void {
    const drawer = this[slot];
    if (drawer) drawer.open = false;
  }

  /** A Pagelet draws nothing without content, as in Flet: refuse it. */
  override validate(): void {
    if (this.content === undefined)
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        "Expected Pagelet.content to be a control, but got nothing. Give the Pagelet its body: new ft.Pagelet(new ft.Text(...)).",
        { prop: "content" },
      );
    for (const slot of ["drawer", "endDrawer"] as const) {
      const drawer: unknown = this[slot];
      if (drawer !== undefined && !(drawer instanceof NavigationDrawer))
        throw new FletError(
          ErrorCode.PROP_INVALID_VALUE,
          `Expected Pagelet.${slot} to be a NavigationDrawer, but got ${describeValue(drawer)}. Put the drawer's controls in an ft.NavigationDrawer.`,
          { prop: slot },
        );
    }
  }

  /** The body, between the app bar and the bottom bars. Required. */
  @child() accessor content: Control | undefined;
  /** The app bar at the top (an AppBar or a CupertinoAppBar). */
  @child() accessor appbar: Control | undefined;
  /** The navigation bar at the bottom (a NavigationBar or a CupertinoNavigationBar). */
  @child() accessor navigationBar: Control | undefined;
  /** The bottom app bar (Flet's `bottom_app_bar`), below the navigation bar. */
  @child() accessor bottomAppbar: Control | undefined;
  /** A persistent sheet at the bottom of the body, above the bottom bars (any control). */
  @child() accessor bottomSheet: Control | undefined;
  /** The drawer that slides in from the start edge of the Pagelet. */
  @child() accessor drawer: NavigationDrawer | undefined;
  /** The drawer that slides in from the end edge of the Pagelet. */
  @child() accessor endDrawer: NavigationDrawer | undefined;
  /** The floating action button, 16 px above the bottom bars by default. */
  @child() accessor floatingActionButton: Control | undefined;
  /** Where the floating action button sits. Default `endFloat`. */
  @prop({ kind: "enum", values: enumValues(FloatingActionButtonLocation) })
  accessor floatingActionButtonLocation: FloatingActionButtonLocation | undefined;
  /** Background colour. Default the theme's surface. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
}
