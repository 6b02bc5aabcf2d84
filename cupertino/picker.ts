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
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { Color } from "./internal.js";

/**
 * The iOS wheel picker: rows on a drum that scrolls, snaps and magnifies the centred
 * row. Wheel, drag, tap and the arrow keys move it.
 *
 * `selectedIndex` is two-way: `onChange` fires (data: the index) when the wheel settles.
 *
 * @example
 * ```ts
 * new ft.CupertinoPicker({
 *   controls: ["Apple", "Mango", "Banana"].map((f) => new ft.Text(f)),
 *   selectedIndex: 1,
 *   magnification: 1.2,
 *   onChange: (e) => console.log(e.control.selectedIndex),
 * });
 * ```
 */
@control("cupertinopicker")
export class CupertinoPicker extends ConstrainedControl {
  /**
   * @param controls - The items (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    controls?: Control[] | ControlOptions<CupertinoPicker>,
    options?: ControlOptions<CupertinoPicker>,
  ) {
    super(withPrimary("controls", controls, options));
  }

  /** The rows (usually Texts). */
  @children() accessor controls!: Control[];
  /** Height of each row. Default 32. */
  @prop({ kind: "number", default: 32 }) accessor itemExtent: number | undefined;
  /** The index of the centred row. Default 0. */
  @prop({ kind: "number", default: 0, twoWay: true }) accessor selectedIndex: number | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: Color | undefined;
  /** Draws the magnifier band around the centred row. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor useMagnifier: boolean | undefined;
  /** Wraps around after the last row. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor looping: boolean | undefined;
  /** Scale of the centred row with `useMagnifier`. Default 1.0. */
  @prop({ kind: "number", default: 1 }) accessor magnification: number | undefined;
  /** How tightly rows pack on the drum. Default 1.45. */
  @prop({ kind: "number", default: 1.45 }) accessor squeeze: number | undefined;
  /** Drum diameter relative to the picker's height. Default 1.07. */
  @prop({ kind: "number", default: 1.07 }) accessor diameterRatio: number | undefined;
  /** Horizontal tilt of the drum, -1.0 to 1.0. Default 0. */
  @prop({ kind: "number", default: 0 }) accessor offAxisFraction: number | undefined;
  /** Fires after the wheel settles on another row; data is its index. */
  @event() accessor onChange: EventHandler<ControlEvent<CupertinoPicker>> | undefined;
}
