import {
  Control,
  type ControlOptions,
  child,
  children,
  control,
  prop,
  withPrimary,
} from "flet-ts/pack";

/**
 * The iOS context menu: a long press (or right click) on `content` lifts it over a
 * blurred page and shows the `actions` (CupertinoContextMenuActions) below it. Escape or
 * a click outside closes it.
 *
 * @example
 * ```ts
 * new ft.CupertinoContextMenu({
 *   content: new ft.Image({ src: "photo.jpg" }),
 *   actions: [
 *     new ft.CupertinoContextMenuAction("Share", { trailingIcon: ft.icons.SHARE, onClick: share }),
 *     new ft.CupertinoContextMenuAction("Delete", { isDestructiveAction: true, onClick: remove }),
 *   ],
 * });
 * ```
 */
@control("cupertinocontextmenu")
export class CupertinoContextMenu extends Control {
  /**
   * @param content - The content (Flet's first positional argument), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    content?: Control | ControlOptions<CupertinoContextMenu>,
    options?: ControlOptions<CupertinoContextMenu>,
  ) {
    super(withPrimary("content", content, options));
  }

  /** The control that opens the menu. */
  @child() accessor content: Control | undefined;
  /** The menu items, usually CupertinoContextMenuActions. */
  @children() accessor actions!: Control[];
  /** Vibrates on open where the device can. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor enableHapticFeedback: boolean | undefined;
}
