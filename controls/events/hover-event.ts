import type { Control } from "flet-ts/pack";
import { numberField, payloadOf } from "./payload.js";
import { PositionEvent } from "./position-event.js";

/**
 * The pointer is over a control. Two sources, one class (Flet's `HoverEvent`):
 *
 * - `onHover` of containers and buttons: `hovered` says whether the pointer entered (true)
 *   or left (false); the position fields are 0.
 * - a GestureDetector's `onHover`, `onEnter` and `onExit`: where the mouse (or pen) is,
 *   inside the control and on the page, with `kind` and `timestamp`; `onHover` also has
 *   the movement since the previous hover event (`deltaX`, `deltaY`). `hovered` is false
 *   only for `exit`.
 *
 * @example
 * ```ts
 * const box = new ft.Container({ bgcolor: ft.colors.BLUE_100 });
 * box.onHover = (e) => { box.bgcolor = e.hovered ? ft.colors.BLUE_300 : ft.colors.BLUE_100; };
 * new ft.GestureDetector(box, { onHover: (e) => console.log(e.localX, e.localY) });
 * ```
 */
export class HoverEvent<TControl extends Control = Control> extends PositionEvent<TControl> {
  /** True when the pointer entered (or is over the control), false when it left. */
  readonly hovered: boolean;
  /** The browser's time of the pointer event, in ms since the page loaded (0 when not told). */
  readonly timestamp: number;
  /** What hovers: `mouse` or `stylus` (Flet's names), or `""` when not told. */
  readonly kind: string;
  /** Horizontal movement since the previous hover event (GestureDetector `onHover` only). */
  readonly deltaX: number | undefined;
  /** Vertical movement since the previous hover event (GestureDetector `onHover` only). */
  readonly deltaY: number | undefined;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    const structured = typeof data === "object" && data !== null;
    const p = structured ? payloadOf(data) : {};
    this.hovered = data === true || data === "true" || (structured && name !== "exit");
    this.timestamp = numberField(p, ["timestamp", "ts"]);
    this.kind = typeof p.kind === "string" ? p.kind : "";
    const dx = p.deltaX ?? p.dx;
    const dy = p.deltaY ?? p.dy;
    this.deltaX = typeof dx === "number" ? dx : undefined;
    this.deltaY = typeof dy === "number" ? dy : undefined;
  }
}
