import {
  Control,
  type ControlEvent,
  type ControlOptions,
  child,
  control,
  type EventHandler,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";

/**
 * Groups {@link Radio} buttons so that one of them is selected.
 *
 * The radios may sit anywhere inside `content` (usually a Row or Column). `value` is
 * two-way: it is the selected radio's `value`, and `onChange` fires after the user picks
 * another one.
 *
 * @example
 * ```ts
 * const size = new ft.RadioGroup(
 *   new ft.Row([new ft.Radio("S", { value: "s" }), new ft.Radio("M", { value: "m" }), new ft.Radio("L", { value: "l" })]),
 *   { value: "m", onChange: () => console.log(size.value) },
 * );
 * ```
 */
@control("radiogroup")
export class RadioGroup extends Control {
  /**
   * @param content - The control holding the radios, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    content?: Control | ControlOptions<RadioGroup>,
    options?: ControlOptions<RadioGroup>,
  ) {
    super(withPrimary("content", content, options));
  }

  /** The control holding the radios. */
  @child() accessor content: Control | undefined;
  /** The `value` of the selected radio. */
  @prop({ kind: "string", twoWay: true }) accessor value: string | undefined;
  /** Fires after the user selects another radio; `value` holds its value. */
  @event() accessor onChange: EventHandler<ControlEvent<RadioGroup>> | undefined;
}
