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
import type { Alignment } from "./types/alignment.js";
import type { Offset } from "./types/box.js";
import type { ColorValue } from "./types/colors.js";
import type { TextStyle } from "./types/text.js";

/**
 * A Material 3 badge on a control (an icon, a navigation destination's icon): a small dot,
 * or a label such as a count, at its top end corner.
 *
 * Without `text` it is a dot `smallSize` across; with `text`, a pill `largeSize` high.
 * `alignment` and `offset` move it: its top-left corner sits at the alignment point of the
 * content, moved by `offset` (default 4 px up and back). `labelVisible: false` hides it.
 *
 * @example
 * ```ts
 * new ft.NavigationDestination("Inbox", {
 *   iconContent: new ft.Badge(new ft.Icon(ft.icons.INBOX), { text: "3" }),
 * });
 * ```
 */
@control("badge")
export class Badge extends Control {
  /**
   * @param content - The control the badge sits on (Flet's first positional argument), or the options.
   * @param options - Other properties.
   */
  constructor(content?: Control | ControlOptions<Badge>, options?: ControlOptions<Badge>) {
    super(withPrimary("content", content, options));
  }

  /** The control the badge sits on. */
  @child() accessor content: Control | undefined;
  /** The label (a count, "new"); a dot when unset. */
  @prop({ kind: "string", text: true }) accessor text: string | undefined;
  /** Whether the badge shows. Default true. */
  @prop({ kind: "boolean", default: true }) accessor labelVisible: boolean | undefined;
  /** Where on the content the badge sits (`ft.alignment.topRight` and so on). Default top end. */
  @prop({ kind: "json" }) accessor alignment: Alignment | undefined;
  /** How far the badge moves from its alignment point, in pixels. Default `{ x: -4, y: -4 }`. */
  @prop({ kind: "json" }) accessor offset: Offset | undefined;
  /** Fill colour. Default the theme's error colour. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Label colour. Default the theme's on-error colour. */
  @prop({ kind: "string", check: checks.color }) accessor textColor: ColorValue | undefined;
  /** Label type (size, weight, font). Default label small: 11 px, medium weight. */
  @prop({ kind: "json" }) accessor textStyle: TextStyle | undefined;
  /** Height of a badge with a label. Default 16. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor largeSize: number | undefined;
  /** Size of the dot. Default 6. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor smallSize: number | undefined;
  /** Space around the label. Default 4 px at the sides. */
  @prop({ kind: "json", check: checks.padding }) accessor padding: PaddingValue | undefined;
}
