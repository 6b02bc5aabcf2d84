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
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";

/**
 * One panel of an {@link ExpansionPanelList}: a `header` that is always shown, with an
 * expand button beside it, and a `content` shown while `expanded`.
 *
 * `expanded` is two-way. When the user opens or closes the panel, its own `onChange`
 * fires (with the new `expanded` as data), then the list's `onChange` (with the panel's
 * index), as in Flet.
 *
 * @example
 * ```ts
 * new ft.ExpansionPanel(new ft.ListTile({ title: new ft.Text("Shipping") }), {
 *   content: new ft.Text("Ships in two days."),
 *   canTapHeader: true,
 * });
 * ```
 */
@control("expansionpanel")
export class ExpansionPanel extends ConstrainedControl {
  /**
   * @param header - The header (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    header?: Control | ControlOptions<ExpansionPanel>,
    options?: ControlOptions<ExpansionPanel>,
  ) {
    super(withPrimary("header", header, options));
  }

  /** The part always shown, usually a ListTile. */
  @child() accessor header: Control | undefined;
  /** The part shown while expanded. */
  @child() accessor content: Control | undefined;
  /** Whether the content is shown. Two-way. Default false. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor expanded: boolean | undefined;
  /** A click anywhere on the header toggles the panel, not only on its button. Default false. */
  @prop({ kind: "boolean", default: false }) accessor canTapHeader: boolean | undefined;
  /** Background colour. Default the theme's surface. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Fires after the user opens (`data` true) or closes (`data` false) this panel. */
  @event() accessor onChange: EventHandler<ControlEvent<ExpansionPanel>> | undefined;
}
