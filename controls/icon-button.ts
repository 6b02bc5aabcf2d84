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
  prop,
  requestFocus,
  withPrimary,
} from "flet-ts/pack";
import type { ButtonStyle } from "./types/button-style.js";
import type { ColorValue } from "./types/colors.js";
import type { IconName } from "./types/icons.js";
import type { UrlTarget } from "./types/link.js";

/**
 * A button that is just an icon, for toolbars and compact actions.
 *
 * An icon has no text, so give the button a `tooltip`: it is also the button's
 * accessible name. With `selected`, it works as a toggle and shows `selectedIcon`.
 *
 * @example
 * ```ts
 * const like = new ft.IconButton(ft.icons.FAVORITE_BORDER, {
 *   selectedIcon: ft.icons.FAVORITE,
 *   tooltip: "Like",
 *   onClick: () => { like.selected = !like.selected; },
 * });
 * ```
 */
@control("iconbutton")
export class IconButton extends ConstrainedControl {
  /**
   * @param icon - The icon name (`ft.icons.ADD`), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(icon?: IconName | ControlOptions<IconButton>, options?: ControlOptions<IconButton>) {
    super(withPrimary("icon", icon, options));
  }

  /**
   * Moves keyboard focus to this control in the browser (Flet's `focus()`). Resolves to
   * `true` when it got the focus, `false` when the browser could not focus it (hidden,
   * disabled, not on a page). Never rejects: calling it without `await` is fine.
   */
  focus(): Promise<boolean> {
    return requestFocus(this);
  }

  /** The button's accessible name, also shown when the pointer rests on it. */
  @prop({ kind: "string", label: true }) override accessor tooltip: string | undefined = undefined;
  /** The icon. */
  @iconProp() accessor icon: IconName | undefined;
  /** Colour of the icon. */
  @prop({ kind: "string", check: checks.color }) accessor iconColor: ColorValue | undefined;
  /** Size of the icon in logical pixels. Default 24. */
  @prop({ kind: "number" }) accessor iconSize: number | undefined;
  /** Shows the button in its selected (toggled on) state. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor selected: boolean | undefined;
  /** The icon shown while `selected`. */
  @iconProp() accessor selectedIcon: IconName | undefined;
  /** Colour of the icon while `selected`. */
  @prop({ kind: "string", check: checks.color }) accessor selectedIconColor: ColorValue | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Colour of the ink while pressed. */
  @prop({ kind: "string", check: checks.color }) accessor highlightColor: ColorValue | undefined;
  /** Colours, shape, padding and more, per state. */
  @prop({ kind: "json" }) accessor style: ButtonStyle | undefined;
  /** A control shown instead of `icon`. */
  @child() accessor content: Control | undefined;
  /** Focuses the button when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** A URL opened on click. */
  @prop({ kind: "string", check: checks.safeUrl }) accessor url: string | undefined;
  /** Where `url` opens. Default `_blank`. */
  @prop({ kind: "string" }) accessor urlTarget: UrlTarget | undefined;
  /** Fires on click (mouse, touch, Enter or Space). */
  @event() accessor onClick: EventHandler<ControlEvent<IconButton>> | undefined;
  /** Fires when the button gains keyboard focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<IconButton>> | undefined;
  /** Fires when the button loses keyboard focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<IconButton>> | undefined;
}
