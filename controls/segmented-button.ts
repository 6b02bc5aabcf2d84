import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  child,
  children,
  control,
  ErrorCode,
  type EventHandler,
  event,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { Segment } from "./segment.js";
import type { ButtonStyle } from "./types/button-style.js";

/**
 * The Material 3 segmented button: two to five {@link Segment}s side by side, one of
 * which (or, with `allowMultipleSelection`, several) is selected.
 *
 * `selected` is two-way: it holds the values of the selected segments. `onChange` fires
 * after the user changes it, with the new list as its data. Unless `allowEmptySelection`,
 * the last selected segment cannot be unselected. A selection that names no segment, an
 * empty one without `allowEmptySelection` (once it has segments), or several without
 * `allowMultipleSelection` refuses the update that brings it: nothing of that update
 * reaches the browser and `page.onError` gets a `FLET_ERR_PROP_INVALID_VALUE` error.
 *
 * @example
 * ```ts
 * new ft.SegmentedButton(
 *   [new ft.Segment("day", { label: new ft.Text("Day") }), new ft.Segment("week", { label: new ft.Text("Week") })],
 *   { selected: ["day"], onChange: (e) => console.log(e.control.selected) },
 * );
 * ```
 */
@control("segmentedbutton")
export class SegmentedButton extends ConstrainedControl {
  /**
   * @param segments - The segments (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    segments?: Segment[] | ControlOptions<SegmentedButton>,
    options?: ControlOptions<SegmentedButton>,
  ) {
    super(withPrimary("segments", segments, options));
  }

  /** The segments, start to end. */
  @children() accessor segments!: Segment[];
  /** The values of the selected segments. Two-way. */
  @prop({ kind: "string[]", twoWay: true }) accessor selected: string[] | undefined;
  /** Lets the user unselect every segment. Default false. */
  @prop({ kind: "boolean", default: false }) accessor allowEmptySelection: boolean | undefined;
  /** Lets several segments be selected at once. Default false. */
  @prop({ kind: "boolean", default: false }) accessor allowMultipleSelection: boolean | undefined;
  /** Shows a check mark on selected segments. Default true. */
  @prop({ kind: "boolean", default: true }) accessor showSelectedIcon: boolean | undefined;
  /** The mark shown on selected segments instead of the check mark. */
  @child() accessor selectedIcon: Control | undefined;
  /** Colours (`color`, `bgcolor`, by state), shape, side and padding of the segments. */
  @prop({ kind: "json" }) accessor style: ButtonStyle | undefined;
  /** Fires after the user changes the selection; `data` is the new list of values. */
  @event() accessor onChange: EventHandler<ControlEvent<SegmentedButton>> | undefined;

  /** Checks the selection against the segments in each update that changes the button. */
  override validate(): void {
    const values = this.segments.map((segment) => segment.value);
    const selected = this.selected ?? [];
    const fail = (expected: string, got: string) => {
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        `Expected SegmentedButton.selected to be ${expected}, but got ${got}. Set selected to values of its segments (${values.map((v) => JSON.stringify(v)).join(", ")}).`,
        { prop: "selected" },
      );
    };
    const unknown = selected.find((value) => !values.includes(value));
    if (unknown !== undefined)
      fail("values of its segments", `${JSON.stringify(unknown)}, which names no segment`);
    if (selected.length === 0 && this.allowEmptySelection !== true && values.length > 0)
      fail("at least one value (allowEmptySelection is false)", "an empty selection");
    if (selected.length > 1 && this.allowMultipleSelection !== true)
      fail("one value (allowMultipleSelection is false)", `${selected.length} values`);
  }
}
