import { Control, type ControlOptions, checks, child, children, control, prop } from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";

/**
 * The Material top app bar: a leading control (menu or back button), a title and action
 * buttons. Assign it to `page.appbar` (or a view's `appbar`).
 *
 * When `leading` is unset and the view can go back, a back button is shown unless
 * `automaticallyImplyLeading` is `false`.
 *
 * @example
 * ```ts
 * page.appbar = new ft.AppBar({
 *   title: new ft.Text("Inbox"),
 *   bgcolor: ft.colors.SURFACE_VARIANT,
 *   actions: [new ft.IconButton(ft.icons.SEARCH, { tooltip: "Search" })],
 * });
 * ```
 */
@control("appbar")
export class AppBar extends Control {
  constructor(options?: ControlOptions<AppBar>) {
    super(options);
  }

  /** A control before the title (a menu or back button). */
  @child() accessor leading: Control | undefined;
  /** Width of the leading area. Default 56. */
  @prop({ kind: "number" }) accessor leadingWidth: number | undefined;
  /** Shows a back button when `leading` is unset and the view can go back. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor automaticallyImplyLeading: boolean | undefined;
  /** The title, usually a Text. */
  @child() accessor title: Control | undefined;
  /** Centres the title. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor centerTitle: boolean | undefined;
  /** Height of the bar. Default 56. */
  @prop({ kind: "number" }) accessor toolbarHeight: number | undefined;
  /** Colour of the title and icons. */
  @prop({ kind: "string", check: checks.color }) accessor color: ColorValue | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Shadow size. Default 0 (4 while content scrolls under it). */
  @prop({ kind: "number" }) accessor elevation: number | undefined;
  /** Controls after the title, usually IconButtons. */
  @children() accessor actions!: Control[];
}
