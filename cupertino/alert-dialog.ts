import {
  Control,
  type ControlEvent,
  type ControlOptions,
  child,
  children,
  control,
  type EventHandler,
  event,
  prop,
} from "flet-ts/pack";

/**
 * An iOS alert: a centred title and message over a dimmed page, with
 * {@link CupertinoDialogAction}s side by side (two) or stacked (more).
 *
 * Show it with `page.showDialog(dialog)`. `open` is two-way: it turns `false` when the
 * user dismisses the alert with Escape or a click outside it (unless `modal`), and
 * `onDismiss` fires.
 *
 * @example
 * ```ts
 * page.showDialog(new ft.CupertinoAlertDialog({
 *   title: new ft.Text("Delete file?"),
 *   content: new ft.Text("This cannot be undone."),
 *   actions: [
 *     new ft.CupertinoDialogAction("Cancel", { isDefaultAction: true, onClick: () => page.closeDialog() }),
 *     new ft.CupertinoDialogAction("Delete", { isDestructiveAction: true, onClick: remove }),
 *   ],
 * }));
 * ```
 */
@control("cupertinoalertdialog")
export class CupertinoAlertDialog extends Control {
  constructor(options?: ControlOptions<CupertinoAlertDialog>) {
    super(options);
  }

  /** Whether the alert is shown. Default `false`. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor open: boolean | undefined;
  /** Keeps the alert open on outside clicks and Escape. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor modal: boolean | undefined;
  /** The title, usually a Text; also the alert's accessible name. */
  @child() accessor title: Control | undefined;
  /** The message. */
  @child() accessor content: Control | undefined;
  /** The buttons, usually CupertinoDialogActions. */
  @children() accessor actions!: Control[];
  /** Fires after the alert was dismissed. */
  @event() accessor onDismiss: EventHandler<ControlEvent<CupertinoAlertDialog>> | undefined;
}
