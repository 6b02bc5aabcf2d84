import {
  type ControlEvent,
  type ControlOptions,
  children,
  control,
  type EventHandler,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { DropdownOption } from "./dropdown-option.js";
import { FormFieldControl } from "./form-field-control.js";
import type { Alignment } from "./types/alignment.js";

/**
 * A Material dropdown: a field that opens a menu of {@link DropdownOption}s.
 *
 * `value` is two-way: it is the `key` of the picked option, and `onChange` fires after
 * the user picks one. Label, hint, helper and error texts, prefix and suffix come from
 * {@link FormFieldControl}.
 *
 * @example
 * ```ts
 * const color = new ft.Dropdown({
 *   label: "Colour",
 *   options: [new ft.dropdown.Option("red"), new ft.dropdown.Option("green"), new ft.dropdown.Option("blue")],
 *   onChange: () => console.log(color.value),
 * });
 * ```
 */
@control("dropdown")
export class Dropdown extends FormFieldControl {
  /**
   * @param value - The selected option's key (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(value?: string | ControlOptions<Dropdown>, options?: ControlOptions<Dropdown>) {
    super(withPrimary("value", value, options));
  }

  /** The `key` of the picked option. */
  @prop({ kind: "string", twoWay: true }) accessor value: string | undefined;
  /** The choices. */
  @children() accessor options!: DropdownOption[];
  /** Where the picked option's text sits inside the field. */
  @prop({ kind: "json" }) accessor alignment: Alignment | undefined;
  /** Focuses the dropdown when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** Fires after the user picks an option; `value` holds its key. */
  @event() accessor onChange: EventHandler<ControlEvent<Dropdown>> | undefined;
  /** Fires when the dropdown gains focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<Dropdown>> | undefined;
  /** Fires when the dropdown loses focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<Dropdown>> | undefined;
}

/**
 * Flet's `dropdown` module: `new ft.dropdown.Option("a")` makes a {@link DropdownOption}.
 *
 * @example
 * ```ts
 * new ft.Dropdown({ options: ["S", "M", "L"].map((size) => new ft.dropdown.Option(size)) });
 * ```
 */
export const dropdown = Object.freeze({ Option: DropdownOption });
