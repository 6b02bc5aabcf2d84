/**
 * `checkbox`: a Material 3 checkbox (`md-checkbox`), two- or three-state.
 * @module
 */

import { cssColor, focusable } from "flet-ts/browser";
import { choice, controlOf, labelChoice } from "./choice.js";
import type { MaterialRenderer } from "./define.js";
import { need } from "./lazy.js";
import { setToken, stateColor } from "./state.js";

const BOX = "--md-checkbox";
/** Flutter's MaterialState of each Material Web token prefix (selected box, then unselected). */
const SELECTED_STATES = [
  ["selected-container-color", "selected"],
  ["selected-hover-container-color", "hovered"],
  ["selected-focus-container-color", "focused"],
  ["selected-pressed-container-color", "pressed"],
] as const;
const UNSELECTED_STATES = [
  ["outline-color", ""],
  ["hover-outline-color", "hovered"],
  ["focus-outline-color", "focused"],
  ["pressed-outline-color", "pressed"],
] as const;

/** The box, outline, check and ink colours (Flutter: fillColor wins over activeColor). */
function colourCheckbox(control: HTMLElement, p: Record<string, unknown>): void {
  const fill = p.fillColor;
  const selected = stateColor(fill, "selected") ?? cssColor(p.activeColor);
  for (const [token, state] of SELECTED_STATES)
    setToken(control, `${BOX}-${token}`, stateColor(fill, state) ?? selected);
  // An unselected box in Flutter is its border: a fill colour for that state colours it.
  const unselected = typeof fill === "object" && fill !== null ? stateColor(fill, "") : undefined;
  for (const [token, state] of UNSELECTED_STATES)
    setToken(
      control,
      `${BOX}-${token}`,
      state && typeof fill === "object" && fill !== null && state in fill
        ? stateColor(fill, state)
        : unselected,
    );
  const check = cssColor(p.checkColor);
  for (const token of [
    "selected-icon-color",
    "selected-hover-icon-color",
    "selected-focus-icon-color",
    "selected-pressed-icon-color",
  ])
    setToken(control, `${BOX}-${token}`, check);
  const hover = stateColor(p.overlayColor, "hovered") ?? cssColor(p.hoverColor);
  const pressed = stateColor(p.overlayColor, "pressed");
  for (const prefix of ["", "selected-"]) {
    setToken(control, `${BOX}-${prefix}hover-state-layer-color`, hover);
    setToken(control, `${BOX}-${prefix}pressed-state-layer-color`, pressed);
  }
  setToken(
    control,
    "--md-focus-ring-color",
    stateColor(p.overlayColor, "focused") ?? cssColor(p.focusColor),
  );
}

/**
 * The value after a click: `false` → `true` → (tristate: `null` →) `false`.
 *
 * @example
 * ```ts
 * nextCheckboxValue(true, true); // null
 * ```
 */
export function nextCheckboxValue(value: boolean | null, tristate: boolean): boolean | null {
  if (value === false) return true;
  if (value === true) return tristate ? null : false;
  return false;
}

/** Draws `checkbox`; a toggle sends `change` with the new `value` (`null` is the third state). */
export const checkboxRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    need("toggle");
    const { label, control } = choice("md-checkbox");
    control.addEventListener("change", () => {
      const tristate = ctx.props.tristate === true;
      const current = tristate && ctx.props.value == null ? null : ctx.props.value === true;
      const next = nextCheckboxValue(current, tristate);
      control.checked = next === true;
      control.indeterminate = next === null;
      ctx.send("change", next, { value: next });
    });
    control.addEventListener("focus", () => ctx.send("focus"));
    control.addEventListener("blur", () => ctx.send("blur"));
    return label;
  },
  update(label, ctx) {
    const control = controlOf(label, "md-checkbox");
    const p = ctx.props;
    const tristate = p.tristate === true;
    control.checked = p.value === true;
    // Unset on a tristate box is its third state, as in Flet's client.
    control.indeterminate = tristate && p.value == null;
    labelChoice(label, control, ctx);
    colourCheckbox(control, p);
    focusable(control, p.disabled === true);
    if (p.autofocus === true) requestAnimationFrame(() => control.focus());
  },
};
