import { Control, type ControlOptions, child, control, prop, withPrimary } from "flet-ts/pack";

/**
 * One segment of a {@link SegmentedButton}: its `value` (what `selected` holds) and an
 * icon and/or a label.
 *
 * @example
 * ```ts
 * new ft.Segment("day", { label: new ft.Text("Day"), icon: new ft.Icon(ft.icons.CALENDAR_VIEW_DAY) });
 * ```
 */
@control("segment")
export class Segment extends Control {
  /**
   * @param value - The segment's value (Flet's first positional argument), or the options.
   * @param options - Other properties.
   */
  constructor(value?: string | ControlOptions<Segment>, options?: ControlOptions<Segment>) {
    super(withPrimary("value", value, options));
  }

  /** The value `SegmentedButton.selected` holds while this segment is selected. */
  @prop({ kind: "string" }) accessor value: string | undefined;
  /** An icon before the label (usually an Icon). */
  @child() accessor icon: Control | undefined;
  /** The label (usually a Text); also the segment's accessible name. */
  @child() accessor label: Control | undefined;
}
