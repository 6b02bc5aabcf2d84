import {
  ConstrainedControl,
  type Control,
  type ControlOptions,
  child,
  control,
  withPrimary,
} from "flet-ts/pack";

/**
 * Lets clicks and taps on its content reach the controls under it as well (Flutter's
 * `TransparentPointer`), for a layer of a Stack that should not block the layers below:
 * an overlay badge, a watermark, a gesture layer that only watches.
 *
 * In the browser its content gets the click first; then the topmost element under the
 * pointer that is not part of it gets the same click (pointer down, up and click).
 *
 * @example
 * ```ts
 * new ft.Stack([
 *   new ft.ElevatedButton("Under", { onClick: () => console.log("reached") }),
 *   new ft.TransparentPointer(new ft.Container({ width: 200, height: 60, bgcolor: "#3300ff00" })),
 * ]);
 * ```
 */
@control("transparentpointer")
export class TransparentPointer extends ConstrainedControl {
  /**
   * @param content - The control whose clicks pass through, or the options.
   * @param options - Other properties.
   */
  constructor(
    content?: Control | ControlOptions<TransparentPointer>,
    options?: ControlOptions<TransparentPointer>,
  ) {
    super(withPrimary("content", content, options));
  }

  /** The control whose clicks also reach what is under it. */
  @child() accessor content: Control | undefined;
}
