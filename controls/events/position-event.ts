import { type Control, ControlEvent } from "flet-ts/pack";
import { numberField, payloadOf } from "./payload.js";

/**
 * An event that happened at a pointer position: the base of taps, long presses, drags
 * and hovers. `local*` is relative to the control's top-left corner, `global*` to the
 * page's, in logical pixels; missing coordinates read as 0. The browser sends the long
 * names (`localX`); Flet's short keys (`lx`) are read too.
 *
 * @example
 * ```ts
 * new ft.GestureDetector(card, { onLongPressStart: (e) => openMenuAt(e.globalX, e.globalY) });
 * ```
 */
export class PositionEvent<TControl extends Control = Control> extends ControlEvent<TControl> {
  /** Horizontal position inside the control, in logical pixels. */
  readonly localX: number;
  /** Vertical position inside the control, in logical pixels. */
  readonly localY: number;
  /** Horizontal position on the page, in logical pixels. */
  readonly globalX: number;
  /** Vertical position on the page, in logical pixels. */
  readonly globalY: number;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const p = payloadOf(data);
    this.localX = numberField(p, ["localX", "lx"]);
    this.localY = numberField(p, ["localY", "ly"]);
    this.globalX = numberField(p, ["globalX", "gx"]);
    this.globalY = numberField(p, ["globalY", "gy"]);
  }
}
