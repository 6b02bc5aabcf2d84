import { Control, type ControlOptions, control, prop, withPrimary } from "flet-ts/pack";

/**
 * One choice of a {@link Dropdown}; also reachable as `ft.dropdown.Option`, as in Flet.
 *
 * `key` is the value the dropdown takes when the option is picked; `text` is what the
 * user sees (the key when unset).
 *
 * @example
 * ```ts
 * new ft.Dropdown({ options: [new ft.dropdown.Option("fr", { text: "French" }), new ft.DropdownOption("de")] });
 * ```
 */
@control("dropdownoption")
export class DropdownOption extends Control {
  /**
   * @param key - The option's value, or the options.
   * @param options - Other properties.
   */
  constructor(
    key?: string | ControlOptions<DropdownOption>,
    options?: ControlOptions<DropdownOption>,
  ) {
    super(withPrimary("key", key, options));
  }

  /** The option's value; shown when `text` is unset. */
  @prop({ kind: "string", text: true }) override accessor key: string | undefined = undefined;
  /** The text shown for the option. */
  @prop({ kind: "string", text: true }) accessor text: string | undefined;
}
