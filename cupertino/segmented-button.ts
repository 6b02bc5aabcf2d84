import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  children,
  control,
  type EventHandler,
  event,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { Color } from "./internal.js";

/**
 * The iOS segmented control (outlined style): adjacent segments, one selected and
 * filled. Arrow keys move the selection.
 *
 * `selectedIndex` is two-way: `onChange` fires (data: the index) after the user picks.
 *
 * @example
 * ```ts
 * new ft.CupertinoSegmentedButton({ controls: [new ft.Text("Day"), new ft.Text("Week")], selectedIndex: 0, onChange: (e) => show(e.data) });
 * ```
 */
@control("cupertinosegmentedbutton")
export class CupertinoSegmentedButton extends ConstrainedControl {
  /**
   * @param controls - The segments (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    controls?: Control[] | ControlOptions<CupertinoSegmentedButton>,
    options?: ControlOptions<CupertinoSegmentedButton>,
  ) {
    super(withPrimary("controls", controls, options));
  }

  /** The segments (usually Texts or Icons). */
  @children() accessor controls!: Control[];
  /** The index of the selected segment. Default 0. */
  @prop({ kind: "number", default: 0, twoWay: true }) accessor selectedIndex: number | undefined;
  /** Fill of the selected segment. Default iOS blue. */
  @prop({ kind: "string", check: checks.color }) accessor selectedColor: Color | undefined;
  /** Fill of the other segments. Default the background. */
  @prop({ kind: "string", check: checks.color }) accessor unselectedColor: Color | undefined;
  /** Colour of the outline. Default iOS blue. */
  @prop({ kind: "string", check: checks.color }) accessor borderColor: Color | undefined;
  /** Space around the control. */
  @prop({ kind: "json" }) accessor padding: PaddingValue | undefined;
  /** Fires after the user picks a segment; data is its index. */
  @event() accessor onChange: EventHandler<ControlEvent<CupertinoSegmentedButton>> | undefined;
}
