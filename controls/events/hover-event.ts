import { type Control, ControlEvent } from "flet-ts/pack";

/**
 * The pointer entered or left a control: handed to `onHover` of containers and buttons.
 *
 * @example
 * ```ts
 * const box = new ft.Container({ bgcolor: ft.colors.BLUE_100 });
 * box.onHover = (e) => { box.bgcolor = e.hovered ? ft.colors.BLUE_300 : ft.colors.BLUE_100; };
 * ```
 */
export class HoverEvent<TControl extends Control = Control> extends ControlEvent<TControl> {
  /** True when the pointer entered, false when it left. */
  readonly hovered: boolean;

  constructor(control: TControl, name: string, data?: unknown) {
    super(control, name, data);
    this.hovered = data === true || data === "true";
  }
}
