import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  child,
  control,
  type EventHandler,
  enumValues,
  event,
  prop,
  requestFocus,
  withPrimary,
} from "flet-ts/pack";
import { HoverEvent } from "./events/hover-event.js";
import { ClipBehavior } from "./types/box.js";
import type { ButtonStyle } from "./types/button-style.js";

/**
 * An entry of a {@link MenuBar} or of a {@link SubmenuButton}'s menu (Flutter's Material 3
 * `MenuItemButton`), or a flat button on its own: its `content` (usually a Text) between
 * an optional `leading` and `trailing` control.
 *
 * A click, Enter or Space fires `onClick` and, with `closeOnClick` (the default), closes
 * every open menu of its menu bar or button. As in Flutter, an item **without `onClick` is
 * disabled**: drawn faded, skipped by the keyboard, not clickable. With `focusOnHover`
 * (the default) the pointer moves the keyboard focus too, so a user can hover then press
 * Enter. In a menu it is a WAI-ARIA `menuitem`.
 *
 * @example
 * ```ts
 * new ft.MenuItemButton(new ft.Text("Save"), {
 *   leading: new ft.Icon(ft.icons.SAVE),
 *   trailing: new ft.Text("Ctrl+S"),
 *   onClick: () => console.log("save"),
 * });
 * ```
 */
@control("menuitembutton")
export class MenuItemButton extends ConstrainedControl {
  /**
   * @param content - The item's label (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    content?: Control | ControlOptions<MenuItemButton>,
    options?: ControlOptions<MenuItemButton>,
  ) {
    super(withPrimary("content", content, options));
  }

  /**
   * Moves keyboard focus to this item in the browser (Flet's `focus()`). Resolves to `true`
   * when it got the focus, `false` when the browser could not focus it (hidden, disabled,
   * in a closed menu, not on a page). Never rejects.
   */
  focus(): Promise<boolean> {
    return requestFocus(this);
  }

  /** The label, usually a Text; also the item's accessible name. */
  @child() accessor content: Control | undefined;
  /** A control before the label, usually an Icon. */
  @child() accessor leading: Control | undefined;
  /** A control after the label, e.g. an Icon or a shortcut's Text. */
  @child() accessor trailing: Control | undefined;
  /** Whether a click closes the menus it is in. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor closeOnClick: boolean | undefined;
  /** Whether the pointer moving over the item also focuses it. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor focusOnHover: boolean | undefined;
  /** How the item's content is clipped to its shape. Default `none`. */
  @prop({ kind: "enum", values: enumValues(ClipBehavior) }) accessor clipBehavior:
    | ClipBehavior
    | undefined;
  /**
   * Colours (`color` is the label and icon colour), overlay, background, shape, side,
   * padding and elevation, one value or one per state (`hovered`, `focused`, `pressed`,
   * `disabled`, `""`).
   */
  @prop({ kind: "json" }) accessor style: ButtonStyle | undefined;
  /** Fires when the user activates the item (click, Enter, Space). Without it the item is disabled. */
  @event() accessor onClick: EventHandler<ControlEvent<MenuItemButton>> | undefined;
  /** Fires when the pointer enters or leaves the item (`e.hovered`). */
  @event({ type: HoverEvent }) accessor onHover:
    | EventHandler<HoverEvent<MenuItemButton>>
    | undefined;
  /** Fires when the item gains keyboard focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<MenuItemButton>> | undefined;
  /** Fires when the item loses keyboard focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<MenuItemButton>> | undefined;
}
