import {
  Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  child,
  children,
  control,
  type EventHandler,
  enumValues,
  event,
  MainAxisAlignment,
  type PaddingValue,
  prop,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";
import type { OutlinedBorder } from "./types/shapes.js";

/**
 * A Material dialog: a title, content and action buttons over a dimmed page.
 *
 * Show it with `page.showDialog(dialog)` and close it with `page.closeDialog()` (or by
 * setting `open`). `open` is two-way: it turns `false` when the user dismisses the
 * dialog by clicking outside it or pressing Escape (unless `modal`), and `onDismiss`
 * fires.
 *
 * @example
 * ```ts
 * const dialog = new ft.AlertDialog({
 *   title: new ft.Text("Delete file?"),
 *   content: new ft.Text("This cannot be undone."),
 *   actions: [new ft.TextButton("Cancel", { onClick: () => page.closeDialog() }), new ft.TextButton("Delete", { onClick: remove })],
 *   modal: true,
 * });
 * page.showDialog(dialog);
 * ```
 */
@control("alertdialog")
export class AlertDialog extends Control {
  constructor(options?: ControlOptions<AlertDialog>) {
    super(options);
  }

  /** Keeps the dialog open on outside clicks and Escape: only its actions close it. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor modal: boolean | undefined;
  /** The title, usually a Text. */
  @child() accessor title: Control | undefined;
  /** The body. */
  @child() accessor content: Control | undefined;
  /** Buttons at the bottom, usually TextButtons. */
  @children() accessor actions!: Control[];
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Shadow size (Material 3's level-3 shadow when unset). */
  @prop({ kind: "number" }) accessor elevation: number | undefined;
  /** A control (usually an Icon) above the title. */
  @child() accessor icon: Control | undefined;
  /** Whether the dialog is shown. Default `false`. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor open: boolean | undefined;
  /** Space around the title. */
  @prop({ kind: "json" }) accessor titlePadding: PaddingValue | undefined;
  /** Space around the content. */
  @prop({ kind: "json" }) accessor contentPadding: PaddingValue | undefined;
  /** Space around the actions. */
  @prop({ kind: "json" }) accessor actionsPadding: PaddingValue | undefined;
  /** Placement of the actions. Default `end`. */
  @prop({ kind: "enum", values: enumValues(MainAxisAlignment) })
  accessor actionsAlignment: MainAxisAlignment | undefined;
  /** The dialog's outline. */
  @prop({ kind: "json" }) accessor shape: OutlinedBorder | undefined;
  /** Space between the dialog and the window edges. */
  @prop({ kind: "json" }) accessor insetPadding: PaddingValue | undefined;
  /** What screen readers announce when the dialog opens (the title when unset). */
  @prop({ kind: "string", label: true }) accessor semanticsLabel: string | undefined;
  /** Fires after the dialog closed. */
  @event() accessor onDismiss: EventHandler<ControlEvent<AlertDialog>> | undefined;
}
