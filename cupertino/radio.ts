import type { LabelPosition } from "flet-ts/controls";
import {
  ConstrainedControl,
  type ControlEvent,
  type ControlOptions,
  checks,
  control,
  type EventHandler,
  event,
  prop,
  requestFocus,
  withPrimary,
} from "flet-ts/pack";
import { type Color, SIDES } from "./internal.js";

/**
 * The iOS radio button: one choice of a `RadioGroup` (anywhere in its content). Picking
 * it sets the group's `value` and fires the group's `onChange`.
 *
 * @example
 * ```ts
 * new ft.RadioGroup(new ft.Column([new ft.CupertinoRadio("Tea", { value: "tea" }), new ft.CupertinoRadio("Coffee", { value: "coffee" })]));
 * ```
 */
@control("cupertinoradio")
export class CupertinoRadio extends ConstrainedControl {
  /**
   * @param label - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    label?: string | ControlOptions<CupertinoRadio>,
    options?: ControlOptions<CupertinoRadio>,
  ) {
    super(withPrimary("label", label, options));
  }

  /**
   * Moves keyboard focus to this control in the browser (Flet's `focus()`). Resolves to
   * `true` when it got the focus, `false` when the browser could not focus it (hidden,
   * disabled, not on a page). Never rejects: calling it without `await` is fine.
   */
  focus(): Promise<boolean> {
    return requestFocus(this);
  }

  /** The label; also the accessible name. */
  @prop({ kind: "string", text: true, label: true }) accessor label: string | undefined;
  /** The value the group takes when this radio is picked. Default `""`. */
  @prop({ kind: "string", default: "" }) accessor value: string | undefined;
  /** Which side the label is on. Default `right`. */
  @prop({ kind: "enum", values: SIDES, default: "right" }) accessor labelPosition:
    | LabelPosition
    | undefined;
  /** Colour of the inner dot. */
  @prop({ kind: "string", check: checks.color }) accessor fillColor: Color | undefined;
  /** Colour while selected. Default iOS blue. */
  @prop({ kind: "string", check: checks.color }) accessor activeColor: Color | undefined;
  /** Colour while not selected. */
  @prop({ kind: "string", check: checks.color }) accessor inactiveColor: Color | undefined;
  /** Focuses the radio when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** Draws a check mark instead of a dot (iOS list style). Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor useCheckmarkStyle: boolean | undefined;
  /** Fires when it gains focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<CupertinoRadio>> | undefined;
  /** Fires when it loses focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<CupertinoRadio>> | undefined;
}
