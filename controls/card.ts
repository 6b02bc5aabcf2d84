import {
  ConstrainedControl,
  type Control,
  type ControlOptions,
  checks,
  child,
  control,
  type MarginValue,
  prop,
  withPrimary,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";
import type { OutlinedBorder } from "./types/shapes.js";

/**
 * A Material card: a raised panel with rounded corners around one child.
 *
 * Put padding on the child (a Container) — the card has none of its own.
 *
 * @example
 * ```ts
 * new ft.Card(new ft.Container(new ft.ListTile({ title: new ft.Text("Album") }), { padding: 10 }), { elevation: 2 });
 * ```
 */
@control("card")
export class Card extends ConstrainedControl {
  /**
   * @param content - The child, or the options.
   * @param options - Other properties and handlers.
   */
  constructor(content?: Control | ControlOptions<Card>, options?: ControlOptions<Card>) {
    super(withPrimary("content", content, options));
  }

  /** The child. */
  @child() accessor content: Control | undefined;
  /** Space around the card. Default 4 on every side. */
  @prop({ kind: "json" }) accessor margin: MarginValue | undefined;
  /** How far the card is raised (shadow size). Default 1. */
  @prop({ kind: "number", default: 1 }) accessor elevation: number | undefined;
  /** Background colour. */
  @prop({ kind: "string", check: checks.color }) accessor color: ColorValue | undefined;
  /** Colour of the shadow. */
  @prop({ kind: "string", check: checks.color }) accessor shadowColor: ColorValue | undefined;
  /** The tint Material 3 adds to show elevation. */
  @prop({ kind: "string", check: checks.color }) accessor surfaceTintColor: ColorValue | undefined;
  /** The card's outline. Default a rounded rectangle of radius 12. */
  @prop({ kind: "json" }) accessor shape: OutlinedBorder | undefined;
}
