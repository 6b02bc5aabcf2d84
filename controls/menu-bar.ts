import {
  Control,
  type ControlOptions,
  children,
  control,
  ErrorCode,
  enumValues,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { ClipBehavior } from "./types/box.js";
import type { MenuStyle } from "./types/menu.js";

/**
 * A Material 3 menu bar (Flutter's `MenuBar`): a horizontal bar of {@link SubmenuButton}s
 * (and {@link MenuItemButton}s) whose menus cascade, usually at the top of the app.
 *
 * It follows the WAI-ARIA menubar pattern: one Tab stop; Left and Right move across the
 * bar (and, with a menu open, open the neighbour's); Down, Enter or Space open a menu on
 * its first item; Up and Down, Home and End move in a menu, as does typing an item's first
 * letter; Right opens a nested menu, Left or Escape close one and return focus to its
 * button. Once a menu is open, hovering another button of the bar opens its menu instead.
 * A click outside closes every menu. A MenuBar needs at least one visible control.
 *
 * @example
 * ```ts
 * new ft.MenuBar([
 *   new ft.SubmenuButton(new ft.Text("File"), {
 *     controls: [new ft.MenuItemButton(new ft.Text("Quit"), { onClick: () => quit() })],
 *   }),
 * ]);
 * ```
 */
@control("menubar")
export class MenuBar extends Control {
  /**
   * @param controls - The bar's buttons (Flet's first positional argument), or the options.
   * @param options - Other properties.
   */
  constructor(controls?: Control[] | ControlOptions<MenuBar>, options?: ControlOptions<MenuBar>) {
    super(withPrimary("controls", controls, options));
  }

  override validate(): void {
    if (!this.controls.some((c) => c.visible !== false)) {
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        `Expected MenuBar.controls to hold at least one visible control, but it has ${this.controls.length === 0 ? "none" : "only hidden ones"}. Pass its SubmenuButtons first: new ft.MenuBar([new ft.SubmenuButton(new ft.Text("File"), { controls: [...] })]).`,
        { control: "MenuBar", prop: "controls" },
      );
    }
  }

  /** The bar's buttons, start to end. */
  @children() accessor controls!: Control[];
  /** How the bar clips its buttons to its shape. Default `none`. */
  @prop({ kind: "enum", values: enumValues(ClipBehavior) }) accessor clipBehavior:
    | ClipBehavior
    | undefined;
  /**
   * The look of the bar: colour, elevation, padding, outline, shape, pointer. Its
   * `alignment` is a no-op for the bar itself, as in Flutter (set it on a SubmenuButton's
   * `menuStyle`).
   */
  @prop({ kind: "json" }) accessor style: MenuStyle | undefined;
}
