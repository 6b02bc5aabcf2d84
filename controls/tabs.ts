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
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { Tab } from "./tab.js";
import type { BorderSide } from "./types/border.js";
import type { BorderRadiusValue } from "./types/border-radius.js";
import type { StateValue } from "./types/button-style.js";
import type { ColorValue } from "./types/colors.js";
import { TabAlignment } from "./types/navigation.js";

/**
 * Material tabs: a row of {@link Tab} headers, and the selected tab's content below.
 *
 * `selectedIndex` is two-way: `onChange` fires after the user picks another tab. Give
 * the control `expand: true` (or a height) so the content has room.
 *
 * @example
 * ```ts
 * new ft.Tabs({
 *   tabs: [new ft.Tab("One", { content: new ft.Text("First") }), new ft.Tab("Two", { content: new ft.Text("Second") })],
 *   expand: true,
 * });
 * ```
 */
@control("tabs")
export class Tabs extends ConstrainedControl {
  /**
   * @param tabs - The tabs (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(tabs?: Tab[] | ControlOptions<Tabs>, options?: ControlOptions<Tabs>) {
    super(withPrimary("tabs", tabs, options));
  }

  /** The tabs. */
  @children() accessor tabs!: Tab[];
  /** The index of the selected tab. Default 0. */
  @prop({ kind: "number", default: 0, twoWay: true }) accessor selectedIndex: number | undefined;
  /** Lets the header row scroll when the tabs do not fit. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor scrollable: boolean | undefined;
  /** Placement of the headers. */
  @prop({ kind: "enum", values: enumValues(TabAlignment) }) accessor tabAlignment:
    | TabAlignment
    | undefined;
  /** Duration of the switch animation, in milliseconds. */
  @prop({ kind: "number" }) accessor animationDuration: number | undefined;
  /** Colour of the line under the headers. */
  @prop({ kind: "string", check: checks.color }) accessor dividerColor: ColorValue | undefined;
  /** Colour of the selected tab's indicator. */
  @prop({ kind: "string", check: checks.color }) accessor indicatorColor: ColorValue | undefined;
  /** Corner radii of the indicator. */
  @prop({ kind: "json" }) accessor indicatorBorderRadius: BorderRadiusValue | undefined;
  /** The indicator's line. */
  @prop({ kind: "json" }) accessor indicatorBorderSide: BorderSide | undefined;
  /** Space around the indicator. */
  @prop({ kind: "json" }) accessor indicatorPadding: PaddingValue | undefined;
  /** Makes the indicator as wide as the whole tab, not just its label. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor indicatorTabSize: boolean | undefined;
  /** Colour of the selected header. */
  @prop({ kind: "string", check: checks.color }) accessor labelColor: ColorValue | undefined;
  /** Colour of the other headers. */
  @prop({ kind: "string", check: checks.color }) accessor unselectedLabelColor:
    | ColorValue
    | undefined;
  /** Colour of the ink on hover, focus and press, per state. */
  @prop({ kind: "json" }) accessor overlayColor: StateValue<ColorValue> | undefined;
  /** Fires after the user picks another tab; `selectedIndex` holds its index. */
  @event() accessor onChange: EventHandler<ControlEvent<Tabs>> | undefined;
}
