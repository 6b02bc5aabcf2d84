import {
  ConstrainedControl,
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
import type { ExpansionPanel } from "./expansion-panel.js";
import type { ColorValue } from "./types/colors.js";

/**
 * A Material list of {@link ExpansionPanel}s: panels joined by dividers on an elevated
 * surface; an open panel stands apart, `spacing` above and below it.
 *
 * `onChange` fires after the user opens or closes a panel, with the panel's index as its
 * data (the panel's `expanded` is already up to date).
 *
 * @example
 * ```ts
 * new ft.ExpansionPanelList(
 *   [
 *     new ft.ExpansionPanel(new ft.ListTile({ title: new ft.Text("One") }), { content: new ft.Text("First") }),
 *     new ft.ExpansionPanel(new ft.ListTile({ title: new ft.Text("Two") }), { content: new ft.Text("Second") }),
 *   ],
 *   { onChange: (e) => console.log(`panel ${e.data}`) },
 * );
 * ```
 */
@control("expansionpanellist")
export class ExpansionPanelList extends ConstrainedControl {
  /**
   * @param controls - The panels (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    controls?: ExpansionPanel[] | ControlOptions<ExpansionPanelList>,
    options?: ControlOptions<ExpansionPanelList>,
  ) {
    super(withPrimary("controls", controls, options));
  }

  /** The panels, top to bottom. */
  @children() accessor controls!: ExpansionPanel[];
  /** Colour of the lines between closed panels. Default the theme's outline variant. */
  @prop({ kind: "string", check: checks.color }) accessor dividerColor: ColorValue | undefined;
  /** Shadow size of the panels. Default 2. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor elevation: number | undefined;
  /** Space around an open panel's header. Default 16 px above and below. */
  @prop({ kind: "json", check: checks.padding }) accessor expandedHeaderPadding:
    | PaddingValue
    | undefined;
  /** Colour of the expand buttons' arrows. */
  @prop({ kind: "string", check: checks.color }) accessor expandIconColor: ColorValue | undefined;
  /** The gap above and below an open panel. Default 16. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor spacing: number | undefined;
  /** Fires after the user opens or closes a panel; `data` is the panel's index. */
  @event() accessor onChange: EventHandler<ControlEvent<ExpansionPanelList>> | undefined;
}
