/**
 * The first view's properties, delegated from the page as in Flet: `page.controls`,
 * `page.appbar`, `page.padding` and the rest are those of `page.views[0]`, the view every
 * page starts with. {@link Page} extends this class; it is not used on its own.
 *
 * @module
 */
import { Control } from "../core/control.js";
import type { ControlEvent, EventHandler } from "../core/control-event.js";
import { ErrorCode, FletError } from "../core/errors.js";
import type {
  CrossAxisAlignment,
  FloatingActionButtonLocation,
  MainAxisAlignment,
  PaddingValue,
  ScrollMode,
} from "../types/layout.js";
import { View } from "./view.js";

/** A control that opens and closes by its `open` prop: a NavigationDrawer. */
export type Drawer = Control & { open: boolean | undefined };

/** `drawer` as a {@link Drawer}, or a clear error naming the method that got it. */
function asDrawer(drawer: unknown, method: string): Drawer {
  if (drawer instanceof Control && "open" in drawer) return drawer as Drawer;
  throw new FletError(
    ErrorCode.PROP_INVALID_VALUE,
    `Expected page.${method}() to get a drawer (a NavigationDrawer, with an "open" property), but it got ${drawer instanceof Control ? drawer.constructor.name : typeof drawer}. Pass the ft.NavigationDrawer to show.`,
    { prop: method },
  );
}

/**
 * The part of {@link Page} that reads and writes its first view. The page's own
 * properties, events and services are declared on `Page`.
 *
 * @example
 * ```ts
 * await ft.app((page) => {
 *   page.padding = 20; // page.views[0].padding
 *   page.appbar = new ft.AppBar({ title: new ft.Text("Store") });
 *   page.add(new ft.Text("Hello")); // page.views[0].controls
 * });
 * ```
 */
export abstract class PageViews extends Control {
  readonly #view = new View();

  /** The view every page starts with (`views[0]` until the app replaces the list). @internal */
  protected get defaultView(): View {
    return this.#view;
  }

  /** The first view's controls: what `add`, `insert`, `remove` and `clean` change. */
  get controls(): Control[] {
    return this.#view.controls;
  }
  set controls(value: Control[]) {
    this.#view.controls = value;
  }
  /** The first view's app bar. */
  get appbar(): Control | undefined {
    return this.#view.appbar;
  }
  set appbar(value: Control | undefined) {
    this.#view.appbar = value;
  }
  /** The first view's bottom app bar. */
  get bottomAppbar(): Control | undefined {
    return this.#view.bottomAppbar;
  }
  set bottomAppbar(value: Control | undefined) {
    this.#view.bottomAppbar = value;
  }
  /** The first view's navigation bar. */
  get navigationBar(): Control | undefined {
    return this.#view.navigationBar;
  }
  set navigationBar(value: Control | undefined) {
    this.#view.navigationBar = value;
  }
  /** The first view's floating action button. */
  get floatingActionButton(): Control | undefined {
    return this.#view.floatingActionButton;
  }
  set floatingActionButton(value: Control | undefined) {
    this.#view.floatingActionButton = value;
  }
  /** Where the first view's floating action button sits. */
  get floatingActionButtonLocation(): FloatingActionButtonLocation | undefined {
    return this.#view.floatingActionButtonLocation;
  }
  set floatingActionButtonLocation(value: FloatingActionButtonLocation | undefined) {
    this.#view.floatingActionButtonLocation = value;
  }
  /** The first view's start drawer. */
  get drawer(): Control | undefined {
    return this.#view.drawer;
  }
  set drawer(value: Control | undefined) {
    this.#view.drawer = value;
  }
  /** The first view's end drawer. */
  get endDrawer(): Control | undefined {
    return this.#view.endDrawer;
  }
  set endDrawer(value: Control | undefined) {
    this.#view.endDrawer = value;
  }
  /**
   * Shows `drawer` as the first view's start drawer (Flet's `page.show_drawer`): it becomes
   * `page.drawer` and opens, closing the end drawer if that was open.
   *
   * @example
   * ```ts
   * page.showDrawer(new ft.NavigationDrawer([new ft.NavigationDrawerDestination("Inbox")]));
   * ```
   */
  showDrawer(drawer: Drawer): void {
    const shown = asDrawer(drawer, "showDrawer");
    this.#close("endDrawer");
    this.#view.drawer = shown;
    shown.open = true;
  }
  /** Closes the first view's start drawer, if it is open. */
  closeDrawer(): void {
    this.#close("drawer");
  }
  /** Shows `drawer` as the first view's end drawer (Flet's `page.show_end_drawer`). */
  showEndDrawer(drawer: Drawer): void {
    const shown = asDrawer(drawer, "showEndDrawer");
    this.#close("drawer");
    this.#view.endDrawer = shown;
    shown.open = true;
  }
  /** Closes the first view's end drawer, if it is open. */
  closeEndDrawer(): void {
    this.#close("endDrawer");
  }
  #close(slot: "drawer" | "endDrawer"): void {
    const drawer = this.#view[slot];
    if (drawer instanceof Control && "open" in drawer) (drawer as Drawer).open = false;
  }
  /** Padding of the first view. */
  get padding(): PaddingValue | undefined {
    return this.#view.padding;
  }
  set padding(value: PaddingValue | undefined) {
    this.#view.padding = value;
  }
  /** Spacing between the first view's controls. */
  get spacing(): number | undefined {
    return this.#view.spacing;
  }
  set spacing(value: number | undefined) {
    this.#view.spacing = value;
  }
  /** Background colour of the first view. */
  get bgcolor(): string | undefined {
    return this.#view.bgcolor;
  }
  set bgcolor(value: string | undefined) {
    this.#view.bgcolor = value;
  }
  /** Vertical alignment of the first view's controls. */
  get verticalAlignment(): MainAxisAlignment | undefined {
    return this.#view.verticalAlignment;
  }
  set verticalAlignment(value: MainAxisAlignment | undefined) {
    this.#view.verticalAlignment = value;
  }
  /** Horizontal alignment of the first view's controls. */
  get horizontalAlignment(): CrossAxisAlignment | undefined {
    return this.#view.horizontalAlignment;
  }
  set horizontalAlignment(value: CrossAxisAlignment | undefined) {
    this.#view.horizontalAlignment = value;
  }
  /** Scrolling of the first view. */
  get scroll(): ScrollMode | undefined {
    return this.#view.scroll;
  }
  set scroll(value: ScrollMode | undefined) {
    this.#view.scroll = value;
  }
  /** Keeps the first view scrolled to the end. */
  get autoScroll(): boolean | undefined {
    return this.#view.autoScroll;
  }
  set autoScroll(value: boolean | undefined) {
    this.#view.autoScroll = value;
  }
  /**
   * The least time between two {@link onScroll} events of the first view, in
   * milliseconds (Flet's `on_scroll_interval`). Default 10.
   */
  get onScrollInterval(): number | undefined {
    return this.#view.onScrollInterval;
  }
  set onScrollInterval(value: number | undefined) {
    this.#view.onScrollInterval = value;
  }
  /**
   * Scroll events of the first view (it must scroll: set {@link scroll}): `start`, updates
   * and `end`, each at most once per {@link onScrollInterval}; `e.data` is `{ eventType, pixels,
   * minScrollExtent, maxScrollExtent, viewportDimension, scrollDelta? }`.
   */
  get onScroll(): EventHandler<ControlEvent<View>> | undefined {
    return this.#view.onScroll;
  }
  set onScroll(value: EventHandler<ControlEvent<View>> | undefined) {
    this.#view.onScroll = value;
  }
}
