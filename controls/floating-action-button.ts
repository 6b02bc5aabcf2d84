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
import type { ColorValue } from "./types/colors.js";
import type { IconName } from "./types/icons.js";
import type { UrlTarget } from "./types/link.js";
import type { OutlinedBorder } from "./types/shapes.js";

/**
 * The Material floating action button: the screen's primary action, floating above the
 * content. Assign it to `page.floatingActionButton`.
 *
 * With only an `icon` it is round; with `text` it is extended (a pill with the label).
 * An icon-only button needs a `tooltip`: it is also its accessible name.
 *
 * @example
 * ```ts
 * page.floatingActionButton = new ft.FloatingActionButton({ icon: ft.icons.ADD, tooltip: "New note", onClick: addNote });
 * ```
 */
@control("floatingactionbutton")
export class FloatingActionButton extends ConstrainedControl {
  /**
   * @param text - The label (making an extended button), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    text?: string | ControlOptions<FloatingActionButton>,
    options?: ControlOptions<FloatingActionButton>,
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

  /** The button's accessible name, also shown when the pointer rests on it. */
  @prop({ kind: "string", label: true }) override accessor tooltip: string | undefined = undefined;
  /** The label; makes the button extended. */
  @prop({ kind: "string", text: true }) accessor text: string | undefined;
  /** The icon. */
  @iconProp() accessor icon: IconName | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** A control shown instead of `text` and `icon`. */
  @child() accessor content: Control | undefined;
  /** The outline; default a rounded square (or a pill when extended). */
  @prop({ kind: "json" }) accessor shape: OutlinedBorder | undefined;
  /** Focuses the button when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** A smaller button. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor mini: boolean | undefined;
  /** A URL opened on click. */
  @prop({ kind: "string", check: checks.safeUrl }) accessor url: string | undefined;
  /** Where `url` opens. Default `_blank`. */
  @prop({ kind: "string" }) accessor urlTarget: UrlTarget | undefined;
  /** Fires on click (mouse, touch, Enter or Space). */
  @event() accessor onClick: EventHandler<ControlEvent<FloatingActionButton>> | undefined;
}
