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
 * The iOS switch: a green pill with a sliding white thumb.
 *
 * `value` is two-way: `onChange` fires after the user toggles it (click, Space or Enter).
 *
 * @example
 * ```ts
 * new ft.CupertinoSwitch("Wi-Fi", { value: true, onChange: (e) => setWifi(e.control.value) });
 * ```
 */
@control("cupertinoswitch")
export class CupertinoSwitch extends ConstrainedControl {
  /**
   * @param label - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    label?: string | ControlOptions<CupertinoSwitch>,
    options?: ControlOptions<CupertinoSwitch>,
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
  /** Whether it is on. Default `false`. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor value: boolean | undefined;
  /** Which side the label is on. Default `right`. */
  @prop({ kind: "enum", values: SIDES, default: "right" }) accessor labelPosition:
    | LabelPosition
    | undefined;
  /** Track colour while on. Default iOS green. */
  @prop({ kind: "string", check: checks.color }) accessor activeColor: Color | undefined;
  /** Colour of the thumb. Default white. */
  @prop({ kind: "string", check: checks.color }) accessor thumbColor: Color | undefined;
  /** Track colour while off. */
  @prop({ kind: "string", check: checks.color }) accessor trackColor: Color | undefined;
  /** Colour of the focus ring. */
  @prop({ kind: "string", check: checks.color }) accessor focusColor: Color | undefined;
  /** Focuses the switch when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** Fires after the user toggles it; `value` holds the new state. */
  @event() accessor onChange: EventHandler<ControlEvent<CupertinoSwitch>> | undefined;
  /** Fires when it gains focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<CupertinoSwitch>> | undefined;
  /** Fires when it loses focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<CupertinoSwitch>> | undefined;
}
