import { type ControlOptions, control, withPrimary } from "flet-ts/pack";
import { ElevatedButton } from "./elevated-button.js";

/**
 * A filled Material button: the strongest emphasis, for the main action of a screen (Save, Confirm).
 *
 * It has the properties and events of {@link ElevatedButton}; `elevation` defaults to 0.
 *
 * @example
 * ```ts
 * new ft.FilledButton("Submit", { icon: ft.icons.CHECK, onClick: () => submit() });
 * ```
 */
@control("filledbutton")
export class FilledButton extends ElevatedButton {
  /**
   * @param text - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    text?: string | ControlOptions<FilledButton>,
    options?: ControlOptions<FilledButton>,
  ) {
    super(withPrimary("text", text, options));
  }
}
