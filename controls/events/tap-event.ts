import type { Control } from "flet-ts/pack";
import { payloadOf } from "./payload.js";
import { PositionEvent } from "./position-event.js";

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
export class TapEvent<TControl extends Control = Control> extends PositionEvent<TControl> {
  /** What pressed: `mouse`, `touch`, `stylus` (Flet's names), or `""` when not told. */
  readonly kind: string;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const payload = payloadOf(data);
    this.kind = typeof payload.kind === "string" ? payload.kind : "";
  }
}
