import { type ControlOptions, withPrimary } from "flet-ts/pack";
import { CupertinoButton } from "./button.js";

/**
 * The iOS filled button: a {@link CupertinoButton} preset with `bgcolor: "primary"` and
 * `color: "onPrimary"`. Its wire type is `cupertinobutton`, as in Flet.
 *
 * @example
 * ```ts
 * new ft.CupertinoFilledButton("Continue", { onClick: () => next() });
 * ```
 */
export class CupertinoFilledButton extends CupertinoButton {
  /**
   * @param text - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    text?: string | ControlOptions<CupertinoFilledButton>,
    options?: ControlOptions<CupertinoFilledButton>,
  ) {
    super({ bgcolor: "primary", color: "onPrimary", ...withPrimary("text", text, options) });
  }
}
