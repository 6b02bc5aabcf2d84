import { Control, type ControlOptions, child, control, withPrimary } from "flet-ts/pack";

/**
 * Merges the semantics of its descendants into one node: assistive technology reads a
 * card of texts and icons as one item, named after all of its text.
 *
 * @example
 * ```ts
 * new ft.MergeSemantics(
 *   new ft.Column({ controls: [new ft.Text("Ada Lovelace"), new ft.Text("Mathematician")] }),
 * );
 * ```
 */
@control("mergesemantics")
export class MergeSemantics extends Control {
  /**
   * @param content - The merged control, or the options.
   * @param options - Other properties.
   */
  constructor(
    content?: Control | ControlOptions<MergeSemantics>,
    options?: ControlOptions<MergeSemantics>,
  ) {
    super(withPrimary("content", content, options));
  }

  /** The control whose descendants are merged. */
  @child() accessor content: Control | undefined;
}
