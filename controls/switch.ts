import {
  ConstrainedControl,
  type ControlEvent,
  type ControlOptions,
  checks,
  control,
  type EventHandler,
  enumValues,
  event,
  iconProp,
  prop,
  requestFocus,
  withPrimary,
} from "flet-ts/pack";
import type { StateValue } from "./types/button-style.js";
import type { ColorValue } from "./types/colors.js";
import type { IconName } from "./types/icons.js";
import { LabelPosition } from "./types/input.js";
import type { TextStyle } from "./types/text.js";

/**
 * A Material on/off switch with an optional label, for settings that apply at once.
 *
 * `value` is two-way: `onChange` fires after the user flips it.
 *
 * @example
 * ```ts
 * const dark = new ft.Switch("Dark mode", {
 *   onChange: () => { page.themeMode = dark.value ? ft.ThemeMode.DARK : ft.ThemeMode.LIGHT; },
 * });
 * ```
 */
@control("switch")
export class Switch extends ConstrainedControl {
  /**
   * @param label - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(label?: string | ControlOptions<Switch>, options?: ControlOptions<Switch>) {
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

  /** The label next to the switch; also its accessible name. */
  @prop({ kind: "string", text: true, label: true }) accessor label: string | undefined;
  /** Which side the label is on. Default `right`. */
  @prop({ kind: "enum", values: enumValues(LabelPosition), default: "right" })
  accessor labelPosition: LabelPosition | undefined;
  /** Style of the label. */
  @prop({ kind: "json" }) accessor labelStyle: TextStyle | undefined;
  /** Whether the switch is on. Default `false`. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor value: boolean | undefined;
  /** Focuses the switch when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** Colour of the thumb while on. */
  @prop({ kind: "string", check: checks.color }) accessor activeColor: ColorValue | undefined;
  /** Colour of the track while on. */
  @prop({ kind: "string", check: checks.color }) accessor activeTrackColor: ColorValue | undefined;
  /** Colour of the ink while focused. */
  @prop({ kind: "string", check: checks.color }) accessor focusColor: ColorValue | undefined;
  /** Colour of the thumb while off. */
  @prop({ kind: "string", check: checks.color }) accessor inactiveThumbColor:
    | ColorValue
    | undefined;
  /** Colour of the track while off. */
  @prop({ kind: "string", check: checks.color }) accessor inactiveTrackColor:
    | ColorValue
    | undefined;
  /** Colour of the thumb, per state. */
  @prop({ kind: "json" }) accessor thumbColor: StateValue<ColorValue> | undefined;
  /** An icon on the thumb, per state (`{ selected: "check" }`). */
  @iconProp({ perState: true }) accessor thumbIcon: StateValue<IconName> | undefined;
  /** Colour of the track, per state. */
  @prop({ kind: "json" }) accessor trackColor: StateValue<ColorValue> | undefined;
  /** Fires after the user flips the switch; `value` holds the new state. */
  @event() accessor onChange: EventHandler<ControlEvent<Switch>> | undefined;
  /** Fires when the switch gains focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<Switch>> | undefined;
  /** Fires when the switch loses focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<Switch>> | undefined;
}
