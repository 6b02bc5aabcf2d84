import {
  ConstrainedControl,
  type ControlEvent,
  type ControlOptions,
  checks,
  control,
  type EventHandler,
  enumValues,
  event,
  prop,
  requestFocus,
  withPrimary,
} from "flet-ts/pack";
import type { StateValue } from "./types/button-style.js";
import type { ColorValue } from "./types/colors.js";
import { LabelPosition } from "./types/input.js";
import type { TextStyle } from "./types/text.js";

/**
 * A Material checkbox with an optional label. Clicking the label toggles it too.
 *
 * `value` is two-way: `onChange` fires after the user toggles it. With `tristate`, the
 * box cycles through `false`, `true` and `null` (the third state, shown as a dash); set
 * `value: null` to start there.
 *
 * @example
 * ```ts
 * const terms = new ft.Checkbox("I accept the terms", { onChange: () => { submit.disabled = !terms.value; } });
 * ```
 */
@control("checkbox")
export class Checkbox extends ConstrainedControl {
  /**
   * @param label - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(label?: string | ControlOptions<Checkbox>, options?: ControlOptions<Checkbox>) {
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

  /** The label next to the box; also its accessible name. */
  @prop({ kind: "string", text: true, label: true }) accessor label: string | undefined;
  /**
   * Whether the box is checked. `null` is the third state of a `tristate` box (a dash);
   * it is kept and sent as `null`, unlike `undefined`, which unsets the value. Default `false`
   * (on a `tristate` box, unset shows the third state, as in Flet).
   */
  @prop({ kind: "boolean", default: false, twoWay: true, nullable: true })
  accessor value: boolean | null | undefined;
  /** Which side the label is on. Default `right`. */
  @prop({ kind: "enum", values: enumValues(LabelPosition), default: "right" })
  accessor labelPosition: LabelPosition | undefined;
  /** Style of the label. */
  @prop({ kind: "json" }) accessor labelStyle: TextStyle | undefined;
  /** Allows a third, unset state. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor tristate: boolean | undefined;
  /** Focuses the checkbox when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** Fill colour of the box, per state. */
  @prop({ kind: "json" }) accessor fillColor: StateValue<ColorValue> | undefined;
  /** Colour of the ink on hover, focus and press, per state. */
  @prop({ kind: "json" }) accessor overlayColor: StateValue<ColorValue> | undefined;
  /** Colour of the check mark. */
  @prop({ kind: "string", check: checks.color }) accessor checkColor: ColorValue | undefined;
  /** Fill colour while checked. */
  @prop({ kind: "string", check: checks.color }) accessor activeColor: ColorValue | undefined;
  /** Colour of the ink while hovered. */
  @prop({ kind: "string", check: checks.color }) accessor hoverColor: ColorValue | undefined;
  /** Colour of the ink while focused. */
  @prop({ kind: "string", check: checks.color }) accessor focusColor: ColorValue | undefined;
  /** Fires after the user toggles the box; `value` holds the new state. */
  @event() accessor onChange: EventHandler<ControlEvent<Checkbox>> | undefined;
  /** Fires when the checkbox gains focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<Checkbox>> | undefined;
  /** Fires when the checkbox loses focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<Checkbox>> | undefined;
}
