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
 * The iOS sliding segmented control: a grey track whose white thumb slides to the picked
 * segment (and can be dragged). Arrow keys move it.
 *
 * `selectedIndex` is two-way: `onChange` fires (data: the index) after the user picks.
 *
 * @example
 * ```ts
 * new ft.CupertinoSlidingSegmentedButton({ controls: [new ft.Text("Map"), new ft.Text("Satellite")], onChange: (e) => setLayer(e.data) });
 * ```
 */
@control("cupertinoslidingsegmentedbutton")
export class CupertinoSlidingSegmentedButton extends ConstrainedControl {
  /**
   * @param controls - The segments (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    controls?: Control[] | ControlOptions<CupertinoSlidingSegmentedButton>,
    options?: ControlOptions<CupertinoSlidingSegmentedButton>,
  ) {
    super(withPrimary("controls", controls, options));
  }

  /** The segments (usually Texts or Icons). */
  @children() accessor controls!: Control[];
  /** The index of the selected segment. Default 0. */
  @prop({ kind: "number", default: 0, twoWay: true }) accessor selectedIndex: number | undefined;
  /** Colour of the track. Default iOS tertiary fill. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: Color | undefined;
  /** Colour of the thumb. Default white (dark grey in dark mode). */
  @prop({ kind: "string", check: checks.color }) accessor thumbColor: Color | undefined;
  /** Space inside the track. */
  @prop({ kind: "json" }) accessor padding: PaddingValue | undefined;
  /** Fires after the user picks a segment; data is its index. */
  @event() accessor onChange:
    | EventHandler<ControlEvent<CupertinoSlidingSegmentedButton>>
    | undefined;
}
