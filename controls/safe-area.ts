import {
  Control,
  type ControlOptions,
  checks,
  child,
  control,
  type PaddingValue,
  prop,
  withPrimary,
} from "flet-ts/pack";

/**
 * Insets its child so that notches, rounded corners and system bars do not cover it.
 *
 * In the browser the insets are the CSS `env(safe-area-inset-*)` values (non-zero on phones when
 * the page uses `viewport-fit=cover`), each at least the matching side of `minimum`.
 * Like Flet's, its `left`/`top`/`right`/`bottom` are on/off flags per side, not Stack offsets.
 * `maintainBottomViewPadding` is a browser no-op: the on-screen keyboard does not change
 * `safe-area-inset-bottom`, so the bottom inset is always kept.
 *
 * @example
 * ```ts
 * new ft.SafeArea(new ft.Text("Not under the notch"), { minimum: 8, bottom: false });
 * ```
 */
@control("safearea")
export class SafeArea extends Control {
  /**
   * @param content - The child, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(content?: Control | ControlOptions<SafeArea>, options?: ControlOptions<SafeArea>) {
    super(withPrimary("content", content, options));
  }

  /** The child kept inside the safe area. */
  @child() accessor content: Control | undefined;
  /** Avoid intrusions on the left. Default true. */
  @prop({ kind: "boolean", default: true }) accessor left: boolean | undefined;
  /** Avoid intrusions at the top (status bar, notch). Default true. */
  @prop({ kind: "boolean", default: true }) accessor top: boolean | undefined;
  /** Avoid intrusions on the right. Default true. */
  @prop({ kind: "boolean", default: true }) accessor right: boolean | undefined;
  /** Avoid intrusions at the bottom (home indicator). Default true. */
  @prop({ kind: "boolean", default: true }) accessor bottom: boolean | undefined;
  /** Keep the bottom padding when a keyboard is shown (a browser no-op, see above). Default false. */
  @prop({ kind: "boolean", default: false }) accessor maintainBottomViewPadding:
    | boolean
    | undefined;
  /** The smallest padding on each side, used when the device inset is smaller. */
  @prop({ kind: "json", check: checks.padding }) accessor minimum: PaddingValue | undefined;
}
