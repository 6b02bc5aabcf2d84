/**
 * `checkbox`: a Material 3 checkbox (`md-checkbox`), two- or three-state.
 * @module
 */

import { cssColor, focusable } from "flet-ts/browser";
import { choice, controlOf, labelChoice } from "./choice.js";
import type { MaterialRenderer } from "./define.js";
import { need } from "./lazy.js";

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
      const current = tristate && ctx.props.value === null ? null : ctx.props.value === true;
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
    control.indeterminate = tristate && p.value === null;
    labelChoice(label, control, ctx);
    const active = cssColor(p.activeColor);
    for (const token of [
      "selected-container-color",
      "selected-hover-container-color",
      "selected-focus-container-color",
      "selected-pressed-container-color",
    ]) {
      if (active) control.style.setProperty(`--md-checkbox-${token}`, active);
    }
    const check = cssColor(p.checkColor);
    if (check) control.style.setProperty("--md-checkbox-selected-icon-color", check);
    focusable(control, p.disabled === true);
    if (p.autofocus === true) requestAnimationFrame(() => control.focus());
  },
};
