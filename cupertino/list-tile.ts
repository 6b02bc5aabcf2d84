import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  child,
  control,
  type EventHandler,
  event,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { Color, Target } from "./internal.js";

/**
 * An iOS list row: leading icon, title and subtitle, grey additional info and a trailing
 * control (a chevron, typically). `notched` draws the inset-grouped style.
 *
 * @example
 * ```ts
 * new ft.CupertinoListTile({
 *   leading: new ft.Icon(ft.icons.WIFI),
 *   title: new ft.Text("Wi-Fi"),
 *   additionalInfo: new ft.Text("Home"),
 *   trailing: new ft.Icon(ft.icons.CHEVRON_RIGHT),
 *   onClick: () => openWifi(),
 * });
 * ```
 */
@control("cupertinolisttile")
export class CupertinoListTile extends ConstrainedControl {
  /**
   * @param title - The title (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    title?: Control | ControlOptions<CupertinoListTile>,
    options?: ControlOptions<CupertinoListTile>,
  ) {
    super(withPrimary("title", title, options));
  }

  /** The main text; also the accessible name. */
  @child() accessor title: Control | undefined;
  /** Text under the title. */
  @child() accessor subtitle: Control | undefined;
  /** A control before the title (an icon). */
  @child() accessor leading: Control | undefined;
  /** A control at the end (a chevron). */
  @child() accessor trailing: Control | undefined;
  /** Grey text before `trailing` (the current setting). */
  @child() accessor additionalInfo: Control | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: Color | undefined;
  /** Background colour while pressed. */
  @prop({ kind: "string" }) accessor bgcolorActivated: Color | undefined;
  /** Space inside the row. */
  @prop({ kind: "json" }) accessor padding: PaddingValue | undefined;
  /** A URL opened on click. */
  @prop({ kind: "string", check: checks.safeUrl }) accessor url: string | undefined;
  /** Where `url` opens. */
  @prop({ kind: "string" }) accessor urlTarget: Target | undefined;
  /** A click toggles a switch, checkbox or radio in `leading` or `trailing`. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor toggleInputs: boolean | undefined;
  /** Size of the leading area. Default 28 (30 notched). */
  @prop({ kind: "number" }) accessor leadingSize: number | undefined;
  /** Space between leading and title. Default 16 (12 notched). */
  @prop({ kind: "number" }) accessor leadingToTitle: number | undefined;
  /** The inset-grouped (notched) style. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor notched: boolean | undefined;
  /** Fires on click (mouse, touch, Enter or Space). */
  @event() accessor onClick: EventHandler<ControlEvent<CupertinoListTile>> | undefined;
}
