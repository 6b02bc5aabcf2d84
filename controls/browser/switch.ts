/**
 * `switch`: a Material 3 switch (`md-switch`, `role="switch"`).
 * @module
 */

import { cssColor, focusable } from "flet-ts/browser";
import { choice, controlOf, labelChoice } from "./choice.js";
import type { MaterialRenderer } from "./define.js";
import { iconGlyph } from "./icon-name.js";
import { need } from "./lazy.js";
import { forState, setToken, stateColor } from "./state.js";

const SWITCH = "--md-switch";
const ON = ["selected", "hovered", "focused", "pressed"] as const;
const ON_TOKEN = ["selected-", "selected-hover-", "selected-focus-", "selected-pressed-"];
const OFF_TOKEN = ["", "hover-", "focus-", "pressed-"];

/**
 * Thumb and track colours as Flutter resolves them: `thumbColor`/`trackColor` (per
 * state) win over `activeColor` (the thumb when on), `activeTrackColor`,
 * `inactiveThumbColor` and `inactiveTrackColor`.
 */
function colourSwitch(control: HTMLElement, p: Record<string, unknown>): void {
  // On: the state's own entry, else the selected one; off: the state's, else the default.
  const states = (value: unknown, state: string, on: boolean): string | undefined =>
    on
      ? (stateColor(value, state === "selected" ? "selected" : `${state}`) ??
        stateColor(value, "selected"))
      : stateColor(value, state === "selected" ? "" : state);
  ON.forEach((state, i) => {
    setToken(
      control,
      `${SWITCH}-${ON_TOKEN[i]}handle-color`,
      states(p.thumbColor, state, true) ?? cssColor(p.activeColor),
    );
    setToken(
      control,
      `${SWITCH}-${ON_TOKEN[i]}track-color`,
      states(p.trackColor, state, true) ?? cssColor(p.activeTrackColor),
    );
    setToken(
      control,
      `${SWITCH}-${OFF_TOKEN[i]}handle-color`,
      states(p.thumbColor, state, false) ?? cssColor(p.inactiveThumbColor),
    );
    setToken(
      control,
      `${SWITCH}-${OFF_TOKEN[i]}track-color`,
      states(p.trackColor, state, false) ?? cssColor(p.inactiveTrackColor),
    );
  });
  setToken(control, "--md-focus-ring-color", cssColor(p.focusColor));
}

/** `thumbIcon`: the selected state's icon on the thumb when on, the default one when off. */
function thumbIcons(control: HTMLElement & Record<string, any>, value: unknown): void {
  const icons: HTMLElement[] = [];
  const on = forState(value, "selected");
  const off =
    typeof value === "object" && value !== null ? (value as Record<string, unknown>)[""] : value;
  for (const [slot, icon] of [
    ["on-icon", on],
    ["off-icon", off],
  ] as const) {
    if (typeof icon !== "string") continue;
    const glyph = iconGlyph(
      icon,
      control.querySelector<HTMLElement>(`:scope > [slot=${slot}]`) ?? undefined,
    );
    glyph.slot = slot;
    icons.push(glyph);
  }
  for (const old of control.querySelectorAll(":scope > [slot$=-icon]"))
    if (!icons.includes(old as HTMLElement)) old.remove();
  control.append(...icons.filter((icon) => icon.parentElement !== control));
  // Flutter's M3 switch has no thumb icon unless one is given.
  control.icons = icons.length > 0;
  control.showOnlySelectedIcon = typeof off !== "string";
}

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
    thumbIcons(control, p.thumbIcon);
    labelChoice(label, control, ctx);
    colourSwitch(control, p);
    focusable(control, p.disabled === true);
    if (p.autofocus === true) requestAnimationFrame(() => control.focus());
  },
};
