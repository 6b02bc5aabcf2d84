import { type ControlOptions, control, withPrimary } from "flet-ts/pack";
import { ElevatedButton } from "./elevated-button.js";

/**
 * A Material button filled with the secondary container colour: between a FilledButton and an OutlinedButton in emphasis (Next, Add to cart).
 *
 * It has the properties and events of {@link ElevatedButton}; `elevation` defaults to 0.
 *
 * @example
 * ```ts
 * new ft.FilledTonalButton("Next", { icon: ft.icons.CHECK, onClick: () => submit() });
 * ```
 */
@control("filledtonalbutton")
export class FilledTonalButton extends ElevatedButton {
  /**
   * @param text - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    text?: string | ControlOptions<FilledTonalButton>,
    options?: ControlOptions<FilledTonalButton>,
  ) {
    super(withPrimary("text", text, options));
  }
}
