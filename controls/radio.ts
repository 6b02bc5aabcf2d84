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
 * A Material radio button: one choice of a {@link RadioGroup}.
 *
 * A radio works only inside a RadioGroup (anywhere in its `content`). Its `value`
 * identifies the choice; the group's `value` says which radio is selected.
 *
 * @example
 * ```ts
 * new ft.RadioGroup(new ft.Column([new ft.Radio("Red", { value: "red" }), new ft.Radio("Green", { value: "green" })]));
 * ```
 */
@control("radio")
export class Radio extends ConstrainedControl {
  /**
   * @param label - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(label?: string | ControlOptions<Radio>, options?: ControlOptions<Radio>) {
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

  /** The label next to the button; also its accessible name. */
  @prop({ kind: "string", text: true, label: true }) accessor label: string | undefined;
  /** Which side the label is on. Default `right`. */
  @prop({ kind: "enum", values: enumValues(LabelPosition), default: "right" })
  accessor labelPosition: LabelPosition | undefined;
  /** Style of the label. */
  @prop({ kind: "json" }) accessor labelStyle: TextStyle | undefined;
  /** The value the group takes when this radio is selected. Default `""`. */
  @prop({ kind: "string", default: "" }) accessor value: string | undefined;
  /** Focuses the radio when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** Colour of the circle, per state. */
  @prop({ kind: "json" }) accessor fillColor: StateValue<ColorValue> | undefined;
  /** Colour of the circle while selected. */
  @prop({ kind: "string", check: checks.color }) accessor activeColor: ColorValue | undefined;
  /** Fires when the radio gains focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<Radio>> | undefined;
  /** Fires when the radio loses focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<Radio>> | undefined;
}
