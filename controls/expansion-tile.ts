import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  CrossAxisAlignment,
  checks,
  child,
  children,
  control,
  type EventHandler,
  enumValues,
  event,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { Alignment } from "./types/alignment.js";
import { ClipBehavior } from "./types/box.js";
import type { ColorValue } from "./types/colors.js";
import type { OutlinedBorder } from "./types/shapes.js";
import { TileAffinity } from "./types/tile.js";

/**
 * A list tile that expands to show more controls: a title row with an arrow, and below it
 * `controls` while expanded. A click (or Enter/Space) on the title row toggles it.
 *
 * `expanded` is two-way (it starts as `initiallyExpanded`) and `onChange` fires after the
 * user expands or collapses the tile, with `true` or `false` as its data. `maintainState`
 * keeps the collapsed controls alive (their state, scroll position) instead of removing
 * them from the page.
 *
 * @example
 * ```ts
 * new ft.ExpansionTile({
 *   title: new ft.Text("Advanced"),
 *   subtitle: new ft.Text("Proxy and cache"),
 *   controls: [new ft.ListTile({ title: new ft.Text("Use a proxy") })],
 *   onChange: (e) => console.log(e.data ? "expanded" : "collapsed"),
 * });
 * ```
 */
@control("expansiontile")
export class ExpansionTile extends ConstrainedControl {
  /**
   * @param controls - The controls shown while expanded (Flet's first positional argument),
   *   or the options.
   * @param options - Other properties and handlers; `title` is needed.
   */
  constructor(
    controls?: Control[] | ControlOptions<ExpansionTile>,
    options?: ControlOptions<ExpansionTile>,
  ) {
    super(withPrimary("controls", controls, options));
    if (this.expanded === undefined) this.expanded = this.initiallyExpanded === true;
  }

  /** The controls shown below the title while expanded. */
  @children() accessor controls!: Control[];
  /** The title, usually a Text. */
  @child() accessor title: Control | undefined;
  /** A second line under the title. */
  @child() accessor subtitle: Control | undefined;
  /** A control before the title (replaces the arrow when `affinity` is `leading`). */
  @child() accessor leading: Control | undefined;
  /** A control after the title, in place of the arrow. */
  @child() accessor trailing: Control | undefined;
  /** Whether the controls are shown now. Two-way; starts as `initiallyExpanded`. */
  @prop({ kind: "boolean", twoWay: true }) accessor expanded: boolean | undefined;
  /** Expanded when first shown. Default false. */
  @prop({ kind: "boolean", default: false }) accessor initiallyExpanded: boolean | undefined;
  /** Keeps the controls on the page while collapsed (hidden). Default false. */
  @prop({ kind: "boolean", default: false }) accessor maintainState: boolean | undefined;
  /** Space around the expanded controls. Default none. */
  @prop({ kind: "json", check: checks.padding }) accessor controlsPadding: PaddingValue | undefined;
  /** Space around the title row. Default 16 px at the sides. */
  @prop({ kind: "json", check: checks.padding }) accessor tilePadding: PaddingValue | undefined;
  /** Which side holds the arrow. Default `platform` (trailing). */
  @prop({ kind: "enum", values: enumValues(TileAffinity) }) accessor affinity:
    | TileAffinity
    | undefined;
  /** Where the expanded controls sit as a group. Default centre. */
  @prop({ kind: "json" }) accessor expandedAlignment: Alignment | undefined;
  /** How the expanded controls line up across. Default `center`. */
  @prop({ kind: "enum", values: enumValues(CrossAxisAlignment) })
  accessor expandedCrossAxisAlignment: CrossAxisAlignment | undefined;
  /** Whether the expanded controls are cut at the tile's edges. Default `none`. */
  @prop({ kind: "enum", values: enumValues(ClipBehavior) }) accessor clipBehavior:
    | ClipBehavior
    | undefined;
  /** Title colour while expanded. Default the theme's on-surface. */
  @prop({ kind: "string", check: checks.color }) accessor textColor: ColorValue | undefined;
  /** Arrow colour while expanded. Default the theme's primary. */
  @prop({ kind: "string", check: checks.color }) accessor iconColor: ColorValue | undefined;
  /** Background while expanded. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Outline while expanded. Default a divider line above and below. */
  @prop({ kind: "json" }) accessor shape: OutlinedBorder | undefined;
  /** Title colour while collapsed. */
  @prop({ kind: "string", check: checks.color }) accessor collapsedTextColor:
    | ColorValue
    | undefined;
  /** Arrow colour while collapsed. */
  @prop({ kind: "string", check: checks.color }) accessor collapsedIconColor:
    | ColorValue
    | undefined;
  /** Background while collapsed. */
  @prop({ kind: "string", check: checks.color }) accessor collapsedBgcolor: ColorValue | undefined;
  /** Outline while collapsed. Default none. */
  @prop({ kind: "json" }) accessor collapsedShape: OutlinedBorder | undefined;
  /** Fires after the user expands (`data` true) or collapses (`data` false) the tile. */
  @event() accessor onChange: EventHandler<ControlEvent<ExpansionTile>> | undefined;
}
