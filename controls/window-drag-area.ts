import {
  ConstrainedControl,
  type Control,
  type ControlOptions,
  child,
  control,
  ErrorCode,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";

/**
 * Flet's window drag area: on a desktop app without a title bar, dragging its content
 * moves the window and a double click maximizes or restores it.
 *
 * A browser page has no window of its own to move: the browser draws the content and
 * nothing more. Dragging and `maximizable` are documented browser no-ops, so an app
 * written for the desktop runs unchanged in a browser.
 *
 * @example
 * ```ts
 * new ft.Row([
 *   new ft.WindowDragArea(new ft.Container(new ft.Text("Drag to move"), { padding: 10 }), { expand: true }),
 *   new ft.IconButton({ icon: ft.icons.CLOSE }),
 * ]);
 * ```
 */
@control("windowdragarea")
export class WindowDragArea extends ConstrainedControl {
  /**
   * @param content - The control to drag the window by, or the options.
   * @param options - Other properties.
   */
  constructor(
    content?: Control | ControlOptions<WindowDragArea>,
    options?: ControlOptions<WindowDragArea>,
  ) {
    super(withPrimary("content", content, options));
  }

  /** The control to drag the window by. Required (Flet shows an error without it). */
  @child() accessor content: Control | undefined;
  /**
   * Whether a double click maximizes (and restores) the window. Default true. A browser
   * no-op: a page cannot maximize the browser's window.
   */
  @prop({ kind: "boolean", default: true }) accessor maximizable: boolean | undefined;

  /** Refuses an area without content: Flet's client draws an error in its place. */
  override validate(): void {
    if (this.content === undefined)
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        "Expected WindowDragArea to have content, but it has none. Pass the control to drag the window by: new ft.WindowDragArea(content).",
        { prop: "content" },
      );
  }
}
