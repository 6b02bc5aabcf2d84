import {
  Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  child,
  control,
  type EventHandler,
  enumValues,
  event,
  type MarginValue,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";
import { DismissDirection, SnackBarBehavior } from "./types/overlay.js";

/**
 * A short message at the bottom of the screen that hides by itself after `duration`.
 *
 * Show it with `page.showSnackBar(snackBar)`. `open` is two-way: it turns `false` when
 * the bar hides (timeout, swipe, close icon or action). `action` adds a button
 * (`onAction` fires when it is clicked).
 *
 * @example
 * ```ts
 * page.showSnackBar(new ft.SnackBar(new ft.Text("Message archived"), { action: "Undo", onAction: undo }));
 * ```
 */
@control("snackbar")
export class SnackBar extends Control {
  /**
   * @param content - The message, usually a Text, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(content?: Control | ControlOptions<SnackBar>, options?: ControlOptions<SnackBar>) {
    super(withPrimary("content", content, options));
  }

  /** The message, usually a Text. */
  @child() accessor content: Control | undefined;
  /** Whether the bar is shown. Default `false`. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor open: boolean | undefined;
  /** Fixed to the bottom edge, or floating above it. Default `fixed`. */
  @prop({ kind: "enum", values: enumValues(SnackBarBehavior) }) accessor behavior:
    | SnackBarBehavior
    | undefined;
  /** The swipe that dismisses the bar. Default `down`. */
  @prop({ kind: "enum", values: enumValues(DismissDirection) })
  accessor dismissDirection: DismissDirection | undefined;
  /** Shows a close button. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor showCloseIcon: boolean | undefined;
  /** The label of an action button (Undo, Retry). */
  @prop({ kind: "string", text: true }) accessor action: string | undefined;
  /** Colour of the action button's label. */
  @prop({ kind: "string", check: checks.color }) accessor actionColor: ColorValue | undefined;
  /** Colour of the close button. */
  @prop({ kind: "string", check: checks.color }) accessor closeIconColor: ColorValue | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** How long the bar stays, in milliseconds. Default 4000. */
  @prop({ kind: "number", default: 4000 }) accessor duration: number | undefined;
  /** Space around a floating bar. */
  @prop({ kind: "json" }) accessor margin: MarginValue | undefined;
  /** Space inside the bar. */
  @prop({ kind: "json" }) accessor padding: PaddingValue | undefined;
  /** Width of a floating bar. */
  @prop({ kind: "number" }) accessor width: number | undefined;
  /** Shadow size. Default 6. */
  @prop({ kind: "number" }) accessor elevation: number | undefined;
  /** Fires when the action button is clicked. */
  @event() accessor onAction: EventHandler<ControlEvent<SnackBar>> | undefined;
  /**
   * Fires when the bar closes by itself (after `duration`) or is dismissed (the close
   * button, Escape, a swipe); `open` is `false` by then. (The event carries that change
   * of `open` to the server; Flet 0.21 has no handler for it.)
   */
  @event() accessor onDismiss: EventHandler<ControlEvent<SnackBar>> | undefined;
}
