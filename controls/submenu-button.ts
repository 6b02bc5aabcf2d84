import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  child,
  children,
  control,
  defineCheck,
  type EventHandler,
  enumValues,
  event,
  prop,
  requestFocus,
  withPrimary,
} from "flet-ts/pack";
import { HoverEvent } from "./events/hover-event.js";
import { ClipBehavior, type Offset } from "./types/box.js";
import type { ButtonStyle } from "./types/button-style.js";
import type { MenuStyle } from "./types/menu.js";

const offset = defineCheck(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    Number.isFinite((value as Offset).x) &&
    Number.isFinite((value as Offset).y),
  "an offset { x, y } of finite numbers",
);

/**
 * A button that opens a cascading Material 3 menu of its `controls`
 * ({@link MenuItemButton}s and more SubmenuButtons), in a {@link MenuBar} or on its own
 * (Flutter's `SubmenuButton`).
 *
 * In a menu bar its menu opens below it; inside a menu, beside it (a nested submenu, with
 * an arrow); on its own, below it. `menuStyle.alignment` and `alignmentOffset` move it.
 * A click toggles the menu; inside an open menu bar or menu, hovering a SubmenuButton opens
 * its menu. Keyboard (WAI-ARIA menubar): Down, Enter or Space open the menu on its first
 * item; Right opens a nested one; Left or Escape close it and return focus to the button.
 * `onOpen` and `onClose` fire as the menu opens and closes. As in Flutter, a SubmenuButton
 * without `controls` is disabled.
 *
 * @example
 * ```ts
 * new ft.SubmenuButton(new ft.Text("File"), {
 *   controls: [
 *     new ft.MenuItemButton(new ft.Text("Open"), { onClick: () => open() }),
 *     new ft.SubmenuButton(new ft.Text("Recent"), {
 *       controls: [new ft.MenuItemButton(new ft.Text("notes.txt"), { onClick: () => open("notes.txt") })],
 *     }),
 *   ],
 * });
 * ```
 */
@control("submenubutton")
export class SubmenuButton extends ConstrainedControl {
  /**
   * @param content - The button's label (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers; `controls` are the menu's entries.
   */
  constructor(
    content?: Control | ControlOptions<SubmenuButton>,
    options?: ControlOptions<SubmenuButton>,
  ) {
    super(withPrimary("content", content, options));
  }

  /**
   * Moves keyboard focus to this button in the browser (Flet's `focus()`). Resolves to
   * `true` when it got the focus, `false` when the browser could not focus it. Never rejects.
   */
  focus(): Promise<boolean> {
    return requestFocus(this);
  }

  /** The button's label, usually a Text; also its accessible name. */
  @child() accessor content: Control | undefined;
  /** The menu's entries, top to bottom. */
  @children() accessor controls!: Control[];
  /** A control before the label, usually an Icon. */
  @child() accessor leading: Control | undefined;
  /** A control after the label (inside a menu, before the submenu arrow). */
  @child() accessor trailing: Control | undefined;
  /** How the menu's surface clips its entries. Default `hardEdge` (clipped to its corners). */
  @prop({ kind: "enum", values: enumValues(ClipBehavior) }) accessor clipBehavior:
    | ClipBehavior
    | undefined;
  /** The look of the menu surface, and where it opens (`alignment`). */
  @prop({ kind: "json" }) accessor menuStyle: MenuStyle | undefined;
  /** The look of the button itself, per state (as MenuItemButton's `style`). */
  @prop({ kind: "json" }) accessor style: ButtonStyle | undefined;
  /**
   * Moves the menu from where `menuStyle.alignment` puts it, in pixels (`{ x, y }`; x is
   * towards the end in right-to-left text).
   */
  @prop({ kind: "json", check: offset }) accessor alignmentOffset: Offset | undefined;
  /** Fires when the menu opens. */
  @event() accessor onOpen: EventHandler<ControlEvent<SubmenuButton>> | undefined;
  /** Fires when the menu closes (an item picked, Escape, a click outside, another menu opened). */
  @event() accessor onClose: EventHandler<ControlEvent<SubmenuButton>> | undefined;
  /** Fires when the pointer enters or leaves the button (`e.hovered`). */
  @event({ type: HoverEvent }) accessor onHover:
    | EventHandler<HoverEvent<SubmenuButton>>
    | undefined;
  /** Fires when the button gains keyboard focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<SubmenuButton>> | undefined;
  /** Fires when the button loses keyboard focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<SubmenuButton>> | undefined;
}
