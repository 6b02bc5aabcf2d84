import {
  ConstrainedControl,
  type Control,
  type ControlOptions,
  child,
  control,
  ErrorCode,
  enumValues,
  FletError,
  prop,
  withPrimary,
} from "flet-ts/pack";
import { AnimationCurve } from "./types/animation.js";

/** How an {@link AnimatedSwitcher} brings its new content in and the old one out. */
export const AnimatedSwitcherTransition = {
  /** A cross-fade (the default). */
  FADE: "fade",
  /** The new content turns in (a full turn), the old one turns out. */
  ROTATION: "rotation",
  /** The new content grows from nothing, the old one shrinks away. */
  SCALE: "scale",
} as const;
/** One of {@link AnimatedSwitcherTransition}. */
export type AnimatedSwitcherTransition =
  (typeof AnimatedSwitcherTransition)[keyof typeof AnimatedSwitcherTransition];

/**
 * Animates between its old and its new `content`: when `content` becomes another control,
 * the old one goes out (fading, turning or shrinking, over `reverseDuration` along
 * `switchOutCurve`) while the new one comes in (over `duration` along `switchInCurve`),
 * both centred on the same spot. Changing the same control's props does not switch.
 *
 * In the browser the outgoing content is a still copy (inert, hidden from assistive
 * technologies) of the old one; focus inside it moves to the new content. Under
 * `prefers-reduced-motion` the switch is instant.
 *
 * @example
 * ```ts
 * const switcher = new ft.AnimatedSwitcher(new ft.Text("Hello!"), {
 *   transition: ft.AnimatedSwitcherTransition.SCALE,
 *   duration: 500,
 *   switchInCurve: ft.AnimationCurve.BOUNCE_OUT,
 * });
 * // later, in a handler:
 * switcher.content = new ft.Text("Bye!");
 * ```
 */
@control("animatedswitcher")
export class AnimatedSwitcher extends ConstrainedControl {
  /**
   * @param content - The content, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(
    content?: Control | ControlOptions<AnimatedSwitcher>,
    options?: ControlOptions<AnimatedSwitcher>,
  ) {
    super(withPrimary("content", content, options));
  }

  /** The content shown; another control here starts the switch animation. Required. */
  @child() accessor content: Control | undefined;
  /** How the contents switch. Default `fade`. */
  @prop({ kind: "enum", values: enumValues(AnimatedSwitcherTransition) }) accessor transition:
    | AnimatedSwitcherTransition
    | undefined;
  /** Milliseconds the new content takes to come in. Default 1000. */
  @prop({ kind: "number", default: 1000 }) accessor duration: number | undefined;
  /** Milliseconds the old content takes to go out. Default 1000. */
  @prop({ kind: "number", default: 1000 }) accessor reverseDuration: number | undefined;
  /** The curve of the new content coming in. Default linear. */
  @prop({ kind: "enum", values: enumValues(AnimationCurve) }) accessor switchInCurve:
    | AnimationCurve
    | undefined;
  /** The curve of the old content going out. Default linear. */
  @prop({ kind: "enum", values: enumValues(AnimationCurve) }) accessor switchOutCurve:
    | AnimationCurve
    | undefined;

  /** An AnimatedSwitcher needs content (Flet draws an error box without it). */
  override validate(): void {
    if (this.content === undefined)
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        "Expected AnimatedSwitcher.content to be a control, but got nothing. Give the switcher the control to show; replace it to animate.",
        { prop: "content" },
      );
    for (const name of ["duration", "reverseDuration"] as const) {
      const value = this[name];
      if (value !== undefined && !(Number.isFinite(value) && value >= 0))
        throw new FletError(
          ErrorCode.PROP_INVALID_VALUE,
          `Expected AnimatedSwitcher.${name} to be milliseconds (a number >= 0), but got ${value}.`,
          { prop: name },
        );
    }
  }
}
