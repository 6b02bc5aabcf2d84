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
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";
import type { UrlTarget } from "./types/link.js";

/**
 * A Material list row: a leading control, a title, an optional subtitle and a trailing
 * control, clickable as a whole.
 *
 * With `toggleInputs`, a click on the row toggles a Checkbox, Radio or Switch in
 * `leading` or `trailing`. `isThreeLine` gives the subtitle room for two lines.
 *
 * @example
 * ```ts
 * new ft.ListTile({
 *   leading: new ft.Icon(ft.icons.ALBUM),
 *   title: new ft.Text("The Enchanted Nightingale"),
 *   subtitle: new ft.Text("Music by Julie Gable"),
 *   trailing: new ft.IconButton(ft.icons.MORE_VERT, { tooltip: "More" }),
 *   onClick: () => open(),
 * });
 * ```
 */
@control("listtile")
export class ListTile extends ConstrainedControl {
  constructor(options?: ControlOptions<ListTile>) {
    super(options);
  }

  /** Space around the row's content. Default 16 left and right. */
  @prop({ kind: "json" }) accessor contentPadding: PaddingValue | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Background colour while pressed. */
  @prop({ kind: "string" }) accessor bgcolorActivated: ColorValue | undefined;
  /** Background colour while hovered. */
  @prop({ kind: "string", check: checks.color }) accessor hoverColor: ColorValue | undefined;
  /** A control before the title (an Icon, a CircleAvatar, a Checkbox). */
  @child() accessor leading: Control | undefined;
  /** The main text, usually a Text. */
  @child() accessor title: Control | undefined;
  /** A second line under the title. */
  @child() accessor subtitle: Control | undefined;
  /** A control after the title (an IconButton, a Switch). */
  @child() accessor trailing: Control | undefined;
  /** Leaves room for a two-line subtitle. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor isThreeLine: boolean | undefined;
  /** Shows the row as selected (primary-coloured text and icons). Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor selected: boolean | undefined;
  /** A more compact row. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor dense: boolean | undefined;
  /** Focuses the row when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** A click on the row toggles a Checkbox, Radio or Switch inside it. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor toggleInputs: boolean | undefined;
  /** A URL opened on click. */
  @prop({ kind: "string", check: checks.safeUrl }) accessor url: string | undefined;
  /** Where `url` opens. Default `_blank`. */
  @prop({ kind: "string" }) accessor urlTarget: UrlTarget | undefined;
  /** Fires on click. */
  @event() accessor onClick: EventHandler<ControlEvent<ListTile>> | undefined;
  /** Fires on a long press. */
  @event() accessor onLongPress: EventHandler<ControlEvent<ListTile>> | undefined;
}
