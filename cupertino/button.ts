import type { Alignment, BorderRadiusValue } from "flet-ts/controls";
import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  child,
  control,
  type EventHandler,
  event,
  iconProp,
  type PaddingValue,
  prop,
  requestFocus,
  withPrimary,
} from "flet-ts/pack";
import type { Color, Icon, Target } from "./internal.js";

/**
 * The iOS button: blue text that dims while pressed, or a rounded filled button with
 * `bgcolor` (see {@link CupertinoFilledButton}). Shows `text` and `icon`, or `content`.
 *
 * @example
 * ```ts
 * new ft.CupertinoButton("Edit", { icon: ft.icons.EDIT, onClick: () => edit() });
 * ```
 */
@control("cupertinobutton")
export class CupertinoButton extends ConstrainedControl {
  /**
   * @param text - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    text?: string | ControlOptions<CupertinoButton>,
    options?: ControlOptions<CupertinoButton>,
  ) {
    super(withPrimary("text", text, options));
  }

  /**
   * Moves keyboard focus to this control in the browser (Flet's `focus()`). Resolves to
   * `true` when it got the focus, `false` when the browser could not focus it (hidden,
   * disabled, not on a page). Never rejects: calling it without `await` is fine.
   */
  focus(): Promise<boolean> {
    return requestFocus(this);
  }

  /** The label; also the accessible name. */
  @prop({ kind: "string", text: true, label: true }) accessor text: string | undefined;
  /** An icon before the label. */
  @iconProp() accessor icon: Icon | undefined;
  /** Colour of the icon. */
  @prop({ kind: "string", check: checks.color }) accessor iconColor: Color | undefined;
  /** A control shown instead of `text` and `icon`. */
  @child() accessor content: Control | undefined;
  /** Fill colour; unset draws a plain text button. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: Color | undefined;
  /** Colour of the label. Default iOS blue (white on a fill). */
  @prop({ kind: "string", check: checks.color }) accessor color: Color | undefined;
  /** Fill colour while disabled. */
  @prop({ kind: "string", check: checks.color }) accessor disabledColor: Color | undefined;
  /** Opacity while pressed, 0.0 to 1.0. Default 0.4. */
  @prop({ kind: "number", default: 0.4 }) accessor opacityOnClick: number | undefined;
  /** The smallest width and height. Default 44 (the iOS hit target). */
  @prop({ kind: "number", default: 44 }) accessor minSize: number | undefined;
  /** Space around the label. */
  @prop({ kind: "json" }) accessor padding: PaddingValue | undefined;
  /** Where the label sits in the button. Default centre. */
  @prop({ kind: "json" }) accessor alignment: Alignment | undefined;
  /** Corner radii. Default 8. */
  @prop({ kind: "json" }) accessor borderRadius: BorderRadiusValue | undefined;
  /** A URL opened on click. */
  @prop({ kind: "string", check: checks.safeUrl }) accessor url: string | undefined;
  /** Where `url` opens. Default `_blank`. */
  @prop({ kind: "string" }) accessor urlTarget: Target | undefined;
  /** Fires on click (mouse, touch, Enter or Space). */
  @event() accessor onClick: EventHandler<ControlEvent<this>> | undefined;
}
