import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  child,
  children,
  control,
  type EventHandler,
  enumValues,
  event,
  iconProp,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { PopupMenuItem } from "./popup-menu-item.js";
import type { IconName } from "./types/icons.js";
import { PopupMenuPosition } from "./types/menu.js";

/**
 * A button that opens a menu of {@link PopupMenuItem}s: an icon button (`icon`, the "more"
 * dots by default) or any `content`.
 *
 * It follows the WAI-ARIA menu button pattern: Enter, Space or Down open the menu on its
 * first entry (Up on its last), the arrow keys, Home and End move between entries, Enter
 * or Space pick one (its `onClick` fires), and Escape, Tab or a click outside close the
 * menu without a pick (`onCancelled` fires); focus returns to the button.
 *
 * @example
 * ```ts
 * new ft.PopupMenuButton({
 *   items: [
 *     new ft.PopupMenuItem("Edit", { icon: ft.icons.EDIT, onClick: () => console.log("edit") }),
 *     new ft.PopupMenuItem(),
 *     new ft.PopupMenuItem("Pinned", { checked: false, onClick: (e) => { e.control.checked = !e.control.checked; } }),
 *   ],
 * });
 * ```
 */
@control("popupmenubutton")
export class PopupMenuButton extends ConstrainedControl {
  /**
   * @param content - What the user presses instead of the icon button (Flet's first
   *   positional argument), or the options.
   * @param options - Other properties and handlers; `items` are the menu's entries.
   */
  constructor(
    content?: Control | ControlOptions<PopupMenuButton>,
    options?: ControlOptions<PopupMenuButton>,
  ) {
    super(withPrimary("content", content, options));
  }

  /** The menu's entries, top to bottom. */
  @children() accessor items!: PopupMenuItem[];
  /** What the user presses, instead of the icon button. */
  @child() accessor content: Control | undefined;
  /** The icon of the button. Default the "more" dots (`more_vert`). */
  @iconProp() accessor icon: IconName | undefined;
  /** Where the menu opens. Default `over` the button. */
  @prop({ kind: "enum", values: enumValues(PopupMenuPosition) }) accessor menuPosition:
    | PopupMenuPosition
    | undefined;
  /** Fires when the menu closes without a pick (Escape, Tab, a click outside). */
  @event() accessor onCancelled: EventHandler<ControlEvent<PopupMenuButton>> | undefined;
}
