import { type Control, ControlEvent } from "flet-ts/pack";
import { numberField, payloadOf } from "./payload.js";

/**
 * A tap or click with its position: handed to `Container.onClick` and `DataCell.onTapDown`.
 *
 * `local*` is relative to the control's top-left corner, `global*` to the page's.
 * Missing coordinates read as 0.
 *
 * @example
 * ```ts
 * new ft.Container({ onClick: (e) => console.log(`clicked at ${e.localX},${e.localY}`) });
 * ```
 */
export class TapEvent<TControl extends Control = Control> extends ControlEvent<TControl> {
  /** Horizontal position inside the control, in logical pixels. */
  readonly localX: number;
  /** Vertical position inside the control, in logical pixels. */
  readonly localY: number;
  /** Horizontal position on the page, in logical pixels. */
  readonly globalX: number;
  /** Vertical position on the page, in logical pixels. */
  readonly globalY: number;
  /** What pressed: `mouse`, `touch`, `stylus` (Flet's names), or `""` when not told. */
  readonly kind: string;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const payload = payloadOf(data);
    this.localX = numberField(payload, ["localX", "lx"]);
    this.localY = numberField(payload, ["localY", "ly"]);
    this.globalX = numberField(payload, ["globalX", "gx"]);
    this.globalY = numberField(payload, ["globalY", "gy"]);
    this.kind = typeof payload.kind === "string" ? payload.kind : "";
  }
}
