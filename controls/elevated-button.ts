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
import { HoverEvent } from "./events/hover-event.js";
import type { ButtonStyle } from "./types/button-style.js";
import type { ColorValue } from "./types/colors.js";
import type { IconName } from "./types/icons.js";
import type { UrlTarget } from "./types/link.js";

/**
 * A raised Material button: a label (and optional icon) on a filled, shadowed surface.
 * Use it for actions that need emphasis but are not the screen's main one.
 *
 * Show `text` and `icon`, or any control as `content` instead. With `url`, a click also
 * opens the link. FilledButton and FilledTonalButton are variants of it.
 *
 * @example
 * ```ts
 * new ft.ElevatedButton("Save", { icon: ft.icons.SAVE, onClick: () => save() });
 * ```
 */
@control("elevatedbutton")
export class ElevatedButton extends ConstrainedControl {
  /**
   * @param text - The label, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    text?: string | ControlOptions<ElevatedButton>,
    options?: ControlOptions<ElevatedButton>,
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

  /** The label. */
  @prop({ kind: "string", text: true }) accessor text: string | undefined;
  /** An icon before the label. */
  @iconProp() accessor icon: IconName | undefined;
  /** Colour of the icon. */
  @prop({ kind: "string", check: checks.color }) accessor iconColor: ColorValue | undefined;
  /** Colour of the label. */
  @prop({ kind: "string", check: checks.color }) accessor color: ColorValue | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** A control shown instead of `text` and `icon`. */
  @child() accessor content: Control | undefined;
  /** How far the button is raised. */
  @prop({ kind: "number" }) accessor elevation: number | undefined;
  /** Colours, shape, padding and more, per state. */
  @prop({ kind: "json" }) accessor style: ButtonStyle | undefined;
  /** Focuses the button when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** A URL opened on click. */
  @prop({ kind: "string", check: checks.safeUrl }) accessor url: string | undefined;
  /** Where `url` opens. Default `_blank`. */
  @prop({ kind: "string" }) accessor urlTarget: UrlTarget | undefined;
  /** Fires on click (mouse, touch, Enter or Space). */
  @event() accessor onClick: EventHandler<ControlEvent<this>> | undefined;
  /** Fires on a long press. */
  @event() accessor onLongPress: EventHandler<ControlEvent<this>> | undefined;
  /** Fires when the pointer enters or leaves. */
  @event({ type: HoverEvent }) accessor onHover: EventHandler<HoverEvent<this>> | undefined;
  /** Fires when the button gains keyboard focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<this>> | undefined;
  /** Fires when the button loses keyboard focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<this>> | undefined;
}
