import {
  Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  child,
  children,
  control,
  type EventHandler,
  event,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";

/**
 * A Material banner: a prominent message with actions at the top of the page, which
 * stays until the user acts on it.
 *
 * Show it with `page.showBanner(banner)` and close it with `page.closeBanner()`, usually
 * from one of its actions. `open` is two-way: the browser sets it to `false` when the
 * banner is closed there.
 *
 * @example
 * ```ts
 * const banner = new ft.Banner(new ft.Text("You are offline. Changes will sync later."), {
 *   leading: new ft.Icon(ft.icons.WIFI_OFF),
 *   actions: [new ft.TextButton("Dismiss", { onClick: () => page.closeBanner() })],
 * });
 * page.showBanner(banner);
 * ```
 */
@control("banner")
export class Banner extends Control {
  /**
   * @param content - The message, usually a Text, or the options.
   * @param options - Other properties.
   */
  constructor(content?: Control | ControlOptions<Banner>, options?: ControlOptions<Banner>) {
    super(withPrimary("content", content, options));
  }

  /** Whether the banner is shown. Default `false`. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor open: boolean | undefined;
  /** A control before the message, usually an Icon. */
  @child() accessor leading: Control | undefined;
  /** Space around `leading`. */
  @prop({ kind: "json" }) accessor leadingPadding: PaddingValue | undefined;
  /** The message, usually a Text. */
  @child() accessor content: Control | undefined;
  /** Space around the message. */
  @prop({ kind: "json" }) accessor contentPadding: PaddingValue | undefined;
  /** Buttons, usually TextButtons. */
  @children() accessor actions!: Control[];
  /** Puts the actions under the message even when they would fit beside it. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor forceActionsBelow: boolean | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /**
   * Fires when the user dismisses the banner (Escape inside it); `open` is `false` by
   * then. (The event carries that change of `open` to the server; Flet 0.21 has no
   * handler for it.)
   */
  @event() accessor onDismiss: EventHandler<ControlEvent<Banner>> | undefined;
}
