import {
  Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  child,
  control,
  type EventHandler,
  event,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { Color } from "./internal.js";

/**
 * An iOS modal sheet sliding up from the bottom; holds a picker or an action sheet.
 * Show it with `page.showBottomSheet(sheet)`. `open` is two-way: Escape or a click
 * outside closes it (unless `modal`) and `onDismiss` fires.
 *
 * @example
 * ```ts
 * page.showBottomSheet(new ft.CupertinoBottomSheet(new ft.CupertinoPicker({ controls: [new ft.Text("A"), new ft.Text("B")] }), { height: 216 }));
 * ```
 */
@control("cupertinobottomsheet")
export class CupertinoBottomSheet extends Control {
  /**
   * @param content - The sheet's content, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    content?: Control | ControlOptions<CupertinoBottomSheet>,
    options?: ControlOptions<CupertinoBottomSheet>,
  ) {
    super(withPrimary("content", content, options));
  }

  /** What the sheet shows. */
  @child() accessor content: Control | undefined;
  /** Whether the sheet is shown. Default `false`. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor open: boolean | undefined;
  /** Keeps the sheet open on outside clicks and Escape. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor modal: boolean | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: Color | undefined;
  /** Height of the sheet, in logical pixels. */
  @prop({ kind: "number" }) accessor height: number | undefined;
  /** Space around the content. */
  @prop({ kind: "json" }) accessor padding: PaddingValue | undefined;
  /** Fires after the sheet was dismissed. */
  @event() accessor onDismiss: EventHandler<ControlEvent<CupertinoBottomSheet>> | undefined;
}
