import {
  ConstrainedControl,
  type Control,
  type ControlOptions,
  checks,
  child,
  control,
  enumValues,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { ClipBehavior, NotchShape } from "./types/box.js";
import type { ColorValue } from "./types/colors.js";

/**
 * The Material 3 bottom app bar: a bar at the bottom of a view holding actions (usually a
 * Row of IconButtons). Assign it to `page.bottomAppbar`.
 *
 * With a docked floating action button (`page.floatingActionButtonLocation` of
 * `centerDocked`, `endDocked`...) and a `shape`, the bar is cut around the button,
 * `notchMargin` away from it: a circle (`circular`) or the button's own rounded outline
 * (`auto`).
 *
 * @example
 * ```ts
 * page.floatingActionButton = new ft.FloatingActionButton({ icon: ft.icons.ADD });
 * page.floatingActionButtonLocation = ft.FloatingActionButtonLocation.CENTER_DOCKED;
 * page.bottomAppbar = new ft.BottomAppBar(
 *   new ft.Row([new ft.IconButton(ft.icons.MENU), new ft.IconButton(ft.icons.SEARCH)]),
 *   { shape: ft.NotchShape.CIRCULAR },
 * );
 * ```
 */
@control("bottomappbar")
export class BottomAppBar extends ConstrainedControl {
  /**
   * @param content - The bar's content, or the options.
   * @param options - Other properties.
   */
  constructor(
    content?: Control | ControlOptions<BottomAppBar>,
    options?: ControlOptions<BottomAppBar>,
  ) {
    super(withPrimary("content", content, options));
  }

  /** What the bar holds: usually a Row of IconButtons. */
  @child() accessor content: Control | undefined;
  /** Background colour. Default the theme's surface container. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** The tint Material 3 adds to show elevation, mixed into the background. */
  @prop({ kind: "string", check: checks.color }) accessor surfaceTintColor: ColorValue | undefined;
  /** Colour of the shadow. */
  @prop({ kind: "string", check: checks.color }) accessor shadowColor: ColorValue | undefined;
  /** Space around the content. Default 12 px above and below, 16 px at the sides. */
  @prop({ kind: "json", check: checks.padding }) accessor padding: PaddingValue | undefined;
  /** Whether the content is cut at the bar's edges. Default `none`. */
  @prop({ kind: "enum", values: enumValues(ClipBehavior) }) accessor clipBehavior:
    | ClipBehavior
    | undefined;
  /** The notch cut around a docked floating action button; none when unset. */
  @prop({ kind: "enum", values: enumValues(NotchShape) }) accessor shape: NotchShape | undefined;
  /** Space between the button and the notch. Default 4. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor notchMargin: number | undefined;
  /** Shadow size. Default 0 (Material 3 shows elevation by the tint). */
  @prop({ kind: "number", check: checks.nonNegative }) accessor elevation: number | undefined;
}
