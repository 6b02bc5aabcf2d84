import { checks } from "../core/checks.js";
import { Control } from "../core/control.js";
import type { ControlEvent, EventHandler } from "../core/control-event.js";
import { type ControlOptions, withPrimary } from "../core/control-options.js";
import { child, children, control, event, prop } from "../core/decorators.js";
import {
  CrossAxisAlignment,
  enumValues,
  FloatingActionButtonLocation,
  MainAxisAlignment,
  type PaddingValue,
  ScrollMode,
} from "../types/layout.js";

/**
 * One screen of the app. The page holds a stack of views (`page.views`); the last one is
 * shown, and the browser's back button pops it (`page.onViewPop`). A page starts with one
 * view, and `page.add(...)`, `page.controls`, `page.appbar` and friends act on it.
 *
 * @example
 * ```ts
 * page.views.push(new ft.View({ route: "/store", controls: [new ft.Text("Store")] }));
 * ```
 */
@control("view")
export class View extends Control {
  /**
   * Flet's positional form, `View(route, controls)`, or an options object.
   *
   * @param route - The route the view is for (`"/store"`), or the options.
   * @param controls - The view's controls, or the options.
   * @param options - Other properties and handlers.
   * @example
   * ```ts
   * new ft.View("/store", [new ft.Text("Store")], { appbar: new ft.AppBar() });
   * ```
   */
  constructor(
    route?: string | ControlOptions<View>,
    controls?: Control[] | ControlOptions<View>,
    options?: ControlOptions<View>,
  ) {
    const rest = withPrimary("controls", controls, options);
    super(withPrimary("route", route, rest));
  }

  /**
   * The route this view is for (`/store`). Data for the app's router: the browser draws
   * nothing for it (the address bar follows `page.route`).
   */
  @prop({ kind: "string" }) accessor route: string | undefined;
  /** The view's content. */
  @children() accessor controls!: Control[];
  /** The app bar at the top. */
  @child() accessor appbar: Control | undefined;
  /** The app bar at the bottom. */
  @child() accessor bottomAppbar: Control | undefined;
  /** The floating action button. */
  @child() accessor floatingActionButton: Control | undefined;
  /** Where the floating action button sits. */
  @prop({ kind: "enum", values: enumValues(FloatingActionButtonLocation) })
  accessor floatingActionButtonLocation: FloatingActionButtonLocation | undefined;
  /** The navigation bar at the bottom. */
  @child() accessor navigationBar: Control | undefined;
  /** The drawer that slides in from the start edge. */
  @child() accessor drawer: Control | undefined;
  /** The drawer that slides in from the end edge. */
  @child() accessor endDrawer: Control | undefined;
  /** Alignment of the controls along the vertical axis. */
  @prop({ kind: "enum", values: enumValues(MainAxisAlignment) }) accessor verticalAlignment:
    | MainAxisAlignment
    | undefined;
  /** Alignment of the controls along the horizontal axis. */
  @prop({ kind: "enum", values: enumValues(CrossAxisAlignment) }) accessor horizontalAlignment:
    | CrossAxisAlignment
    | undefined;
  /** Space between controls, in pixels. Default 10. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor spacing: number | undefined;
  /** Space around the content. Default 10 on every side. */
  @prop({ kind: "json", check: checks.padding }) accessor padding: PaddingValue | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: string | undefined;
  /** Makes the view scroll when its content is taller than the window. */
  @prop({ kind: "enum", values: enumValues(ScrollMode) }) accessor scroll: ScrollMode | undefined;
  /** Keeps the view scrolled to the end as content is added. */
  @prop({ kind: "boolean" }) accessor autoScroll: boolean | undefined;
  /**
   * Shows the view as a full-screen dialog: its app bar's automatic button closes (an X)
   * instead of going back.
   */
  @prop({ kind: "boolean" }) accessor fullscreenDialog: boolean | undefined;
  /** The least time between two `onScroll` events, in milliseconds. Default 10. */
  @prop({ kind: "number", default: 10, check: checks.nonNegative }) accessor onScrollInterval:
    | number
    | undefined;
  /**
   * Fires as the view scrolls (it must scroll: set `scroll`): `start`, updates and `end`,
   * each kind at most once per `onScrollInterval`; `e.data` is
   * `{ eventType, pixels, minScrollExtent, maxScrollExtent, viewportDimension, scrollDelta? }`
   * (the fields of the controls' `ScrollEvent`).
   */
  @event() accessor onScroll: EventHandler<ControlEvent<View>> | undefined;
}
