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
 * The iOS checkbox: a rounded square with a white check on blue.
 *
 * `value` is two-way: `onChange` fires after the user toggles it. With `tristate` it
 * cycles `false`, `true`, unset (`undefined`, shown as a dash).
 *
 * @example
 * ```ts
 * new ft.CupertinoCheckbox("Remember me", { value: true, onChange: (e) => remember(e.control.value) });
 * ```
 */
@control("cupertinocheckbox")
export class CupertinoCheckbox extends ConstrainedControl {
  /**
   * @param label - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    label?: string | ControlOptions<CupertinoCheckbox>,
    options?: ControlOptions<CupertinoCheckbox>,
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
  /** Which side the label is on. Default `right`. */
  @prop({ kind: "enum", values: SIDES, default: "right" }) accessor labelPosition:
    | LabelPosition
    | undefined;
  /** Whether it is checked (`undefined`: the third state). Default `false`. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor value: boolean | undefined;
  /** Allows a third, unset state. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor tristate: boolean | undefined;
  /** Focuses the checkbox when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** Colour of the check. Default white. */
  @prop({ kind: "string", check: checks.color }) accessor checkColor: Color | undefined;
  /** Fill colour while checked. Default iOS blue. */
  @prop({ kind: "string", check: checks.color }) accessor activeColor: Color | undefined;
  /** Fill colour while unchecked. */
  @prop({ kind: "string", check: checks.color }) accessor inactiveColor: Color | undefined;
  /** Colour of the focus ring. */
  @prop({ kind: "string", check: checks.color }) accessor focusColor: Color | undefined;
  /** Fires after the user toggles it; `value` holds the new state. */
  @event() accessor onChange: EventHandler<ControlEvent<CupertinoCheckbox>> | undefined;
  /** Fires when it gains focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<CupertinoCheckbox>> | undefined;
  /** Fires when it loses focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<CupertinoCheckbox>> | undefined;
}
