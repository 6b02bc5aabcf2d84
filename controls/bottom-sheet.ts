import {
  Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  child,
  control,
  type EventHandler,
  event,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";

/**
 * A Material modal bottom sheet: a panel that slides up from the bottom over a dimmed
 * page.
 *
 * Show it with `page.showBottomSheet(sheet)` and close it with `page.closeBottomSheet()`.
 * `open` is two-way: it turns `false` when the user dismisses the sheet (outside click,
 * Escape, or a drag with `enableDrag`), and `onDismiss` fires.
 *
 * @example
 * ```ts
 * page.showBottomSheet(new ft.BottomSheet(new ft.Container(new ft.Text("Share to…"), { padding: 20 }), { showDragHandle: true }));
 * ```
 */
@control("bottomsheet")
export class BottomSheet extends Control {
  /**
   * @param content - The sheet's content, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    content?: Control | ControlOptions<BottomSheet>,
    options?: ControlOptions<BottomSheet>,
  ) {
    super(withPrimary("content", content, options));
  }

  /** The sheet's content. */
  @child() accessor content: Control | undefined;
  /** Whether the sheet is shown. Default `false`. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor open: boolean | undefined;
  /** Shadow size. */
  @prop({ kind: "number" }) accessor elevation: number | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Closes the sheet on an outside click or Escape. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor dismissible: boolean | undefined;
  /** Lets the user drag the sheet down to close it. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor enableDrag: boolean | undefined;
  /** Shows a drag handle at the top. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor showDragHandle: boolean | undefined;
  /** Keeps the sheet clear of notches and system bars. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor useSafeArea: boolean | undefined;
  /** Lets the sheet grow past half the screen height (for tall content). Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor isScrollControlled: boolean | undefined;
  /**
   * Moves the sheet up with the on-screen keyboard. Default `true`. In the browser the
   * sheet is padded by the keyboard's height where the browser reports it (the
   * VirtualKeyboard API's `keyboard-inset-height`); elsewhere the browser itself keeps
   * focused fields in view.
   */
  @prop({ kind: "boolean", default: true }) accessor maintainBottomViewInsetsPadding:
    | boolean
    | undefined;
  /** Fires after the sheet closed. */
  @event() accessor onDismiss: EventHandler<ControlEvent<BottomSheet>> | undefined;
}
