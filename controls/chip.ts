import {
  ConstrainedControl,
  type Control,
  type ControlEvent,
  type ControlOptions,
  checks,
  child,
  control,
  ErrorCode,
  type EventHandler,
  event,
  FletError,
  type PaddingValue,
  prop,
  requestFocus,
  withPrimary,
} from "flet-ts/pack";
import type { ColorValue } from "./types/colors.js";
import type { OutlinedBorder } from "./types/shapes.js";
import type { TextStyle } from "./types/text.js";

/**
 * A Material 3 chip (Flutter's `InputChip`): a compact label, optionally with a leading
 * icon or avatar and a delete button, for an attribute, an entity, a filter or an action.
 *
 * - An **action chip** has `onClick`: a button (Enter or Space presses it).
 * - A **filter** or **choice chip** has `onSelect`: a checkbox whose `selected` the user
 *   toggles (click, Enter or Space); `selected` is two-way and `e.data` is the new state.
 *   A selected chip shows a check mark (`showCheckmark`). For a choice among several,
 *   clear the others' `selected` in the handler.
 * - An **input chip** has `onDelete`: a delete button (its name is `deleteIconTooltip`,
 *   default "Delete" and the label); Backspace or Delete on the focused chip deletes it too.
 *
 * A chip needs a `label`, and has `onClick` or `onSelect`, not both (as in Flet).
 *
 * @example
 * ```ts
 * new ft.Chip(new ft.Text("Vegan"), {
 *   leading: new ft.Icon(ft.icons.ECO),
 *   onSelect: (e) => console.log("vegan", e.control.selected),
 * });
 * new ft.Chip(new ft.Text("alice@example.com"), { onDelete: (e) => row.controls.splice(0, 1) });
 * ```
 */
@control("chip")
export class Chip extends ConstrainedControl {
  /**
   * @param label - The label (a Text, usually), or the options.
   * @param options - Other properties and handlers.
   */
  constructor(label?: Control | ControlOptions<Chip>, options?: ControlOptions<Chip>) {
    super(withPrimary("label", label, options));
  }

  /**
   * Moves keyboard focus to this chip in the browser (Flet's `focus()`). Resolves to
   * `true` when it got the focus, `false` when the browser could not focus it.
   */
  focus(): Promise<boolean> {
    return requestFocus(this);
  }

  /**
   * Refuses a chip without a label, or with both `onClick` and `onSelect`, as Flet does.
   * @throws `FletError` `FLET_ERR_PROP_INVALID_VALUE`: the update that brings it is
   * refused (nothing of it is sent) and the error goes to `page.onError`.
   */
  override validate(): void {
    if (this.label === undefined) {
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        'Expected Chip.label to be a control (usually a Text), but it is unset. Pass it first: new ft.Chip(new ft.Text("Label"), options).',
        { control: "Chip", prop: "label" },
      );
    }
    if (this.onClick !== undefined && this.onSelect !== undefined) {
      throw new FletError(
        ErrorCode.PROP_INVALID_VALUE,
        "Expected Chip to have onClick (an action chip) or onSelect (a filter chip), but it has both. Keep one: a selectable chip reports clicks through onSelect.",
        { control: "Chip", prop: "onSelect" },
      );
    }
  }

  /** The label, usually a Text. */
  @child() accessor label: Control | undefined;
  /** A control before the label: an Icon or a CircleAvatar (drawn 18 px). */
  @child() accessor leading: Control | undefined;
  /** The delete button's icon, instead of the default "x" (shown with `onDelete`). */
  @child() accessor deleteIcon: Control | undefined;
  /** Whether the chip is selected (a filter chip's state). Two-way. Default `false`. */
  @prop({ kind: "boolean", default: false, twoWay: true }) accessor selected: boolean | undefined;
  /** Shows a check mark on a selected chip. Default `true`. */
  @prop({ kind: "boolean", default: true }) accessor showCheckmark: boolean | undefined;
  /** Colour of the check mark. Default the theme's `onSecondaryContainer`. */
  @prop({ kind: "string", check: checks.color }) accessor checkColor: ColorValue | undefined;
  /** Name and tooltip of the delete button. Default "Delete" and the label's text. */
  @prop({ kind: "string" }) accessor deleteIconTooltip: string | undefined;
  /** Colour of the delete icon. Default the theme's `onSurfaceVariant`. */
  @prop({ kind: "string", check: checks.color }) accessor deleteIconColor: ColorValue | undefined;
  /** Background of an unselected chip. Default transparent, with an outline. */
  @prop({ kind: "string", check: checks.color }) accessor bgcolor: ColorValue | undefined;
  /** Background of a selected chip. Default the theme's `secondaryContainer`. */
  @prop({ kind: "string", check: checks.color }) accessor selectedColor: ColorValue | undefined;
  /** Background of a disabled chip. */
  @prop({ kind: "string", check: checks.color }) accessor disabledColor: ColorValue | undefined;
  /** How far the chip is raised (its shadow). Default 0. */
  @prop({ kind: "number", check: checks.nonNegative }) accessor elevation: number | undefined;
  /** Colour of the shadow (with `elevation`). */
  @prop({ kind: "string", check: checks.color }) accessor shadowColor: ColorValue | undefined;
  /** Colour of the shadow of a selected chip (with `elevation`). */
  @prop({ kind: "string", check: checks.color }) accessor selectedShadowColor:
    | ColorValue
    | undefined;
  /** The outline. Default a rounded rectangle of radius 8. */
  @prop({ kind: "json" }) accessor shape: OutlinedBorder | undefined;
  /** Space between the outline and the contents. Default 8 left and right. */
  @prop({ kind: "json", check: checks.padding }) accessor padding: PaddingValue | undefined;
  /** Space around the label. Default 8 left and right. */
  @prop({ kind: "json", check: checks.padding }) accessor labelPadding: PaddingValue | undefined;
  /** Style of the label. Default label large (14 px, medium). */
  @prop({ kind: "json" }) accessor labelStyle: TextStyle | undefined;
  /** Focuses the chip when it appears. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autofocus: boolean | undefined;
  /** The chip was pressed (an action chip). */
  @event() accessor onClick: EventHandler<ControlEvent<Chip>> | undefined;
  /** The delete button was pressed (or Backspace/Delete on the chip). */
  @event() accessor onDelete: EventHandler<ControlEvent<Chip>> | undefined;
  /** The user toggled the chip; `selected` holds the new state, also `e.data`. */
  @event() accessor onSelect: EventHandler<ControlEvent<Chip>> | undefined;
  /** The chip got keyboard focus. */
  @event() accessor onFocus: EventHandler<ControlEvent<Chip>> | undefined;
  /** The chip lost keyboard focus. */
  @event() accessor onBlur: EventHandler<ControlEvent<Chip>> | undefined;
}
