/**
 * `switch`: a Material 3 switch (`md-switch`, `role="switch"`).
 * @module
 */

import { cssColor, focusable } from "flet-ts/browser";
import { choice, controlOf, labelChoice } from "./choice.js";
import type { MaterialRenderer } from "./define.js";
import { need } from "./lazy.js";

/** Draws `switch`; a toggle sends `change` with the new `value`. */
export const switchRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    need("toggle");
    const { label, control } = choice("md-switch");
    control.addEventListener("change", () => {
      const value = control.selected === true;
      ctx.send("change", value, { value });
    });
    control.addEventListener("focus", () => ctx.send("focus"));
    control.addEventListener("blur", () => ctx.send("blur"));
    return label;
  },
  update(label, ctx) {
    const control = controlOf(label, "md-switch");
    const p = ctx.props;
    control.selected = p.value === true;
    control.showOnlySelectedIcon = true;
    control.icons = true;
    labelChoice(label, control, ctx);
    const tokens: [string, unknown][] = [
      ["selected-track-color", p.activeTrackColor ?? p.activeColor],
      ["selected-handle-color", p.activeColor === undefined ? undefined : p.thumbColor],
      ["track-color", p.inactiveTrackColor],
      ["handle-color", p.inactiveThumbColor],
    ];
    for (const [token, value] of tokens) {
      const css = cssColor(value);
      if (css) control.style.setProperty(`--md-switch-${token}`, css);
      else control.style.removeProperty(`--md-switch-${token}`);
    }
    focusable(control, p.disabled === true);
    if (p.autofocus === true) requestAnimationFrame(() => control.focus());
  },
};
