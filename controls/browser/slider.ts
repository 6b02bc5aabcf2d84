/**
 * `slider`: a Material 3 slider (`md-slider`), continuous or with `divisions`.
 * @module
 */
import { cssColor, focusable } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement } from "./dom.js";
import { need } from "./lazy.js";

/**
 * The slider's value label: `label` with `{value}` replaced by the value rounded to
 * `round` decimals, or the rounded value itself.
 *
 * @example
 * ```ts
 * sliderLabel("{value}%", 42.123, 1); // "42.1%"
 * ```
 */
export function sliderLabel(label: unknown, value: number, round: number): string {
  const text = value.toFixed(Math.max(0, Math.min(20, round)));
  return typeof label === "string" ? label.replaceAll("{value}", text) : text;
}

/**
 * Draws `slider` (`role="slider"`; arrow keys step it). Moving it sends `change` with
 * the new `value` continuously, `changeStart` and `changeEnd` around a drag or key step.
 */
export const sliderRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    need("slider");
    const wrapper = h("div");
    const slider = h("md-slider") as MdElement;
    wrapper.append(slider);
    // A drag or a key press is one change: `changeStart` before its first `change`,
    // `changeEnd` after its last (Flutter sends all three for a key step too).
    let active = false;
    const start = () => {
      if (active) return;
      active = true;
      ctx.send("changeStart", Number(slider.value));
    };
    slider.addEventListener("pointerdown", start);
    slider.addEventListener("input", () => {
      start();
      const value = Number(slider.value);
      slider.valueLabel = sliderLabel(ctx.props.label, value, Number(ctx.props.round ?? 0));
      ctx.send("change", value, { value });
    });
    slider.addEventListener("change", () => {
      active = false;
      ctx.send("changeEnd", Number(slider.value));
    });
    slider.addEventListener("focus", () => ctx.send("focus"));
    slider.addEventListener("blur", () => ctx.send("blur"));
    return wrapper;
  },
  update(wrapper, ctx) {
    const slider = wrapper.firstElementChild as MdElement;
    const p = ctx.props;
    const min = typeof p.min === "number" ? p.min : 0;
    const max = typeof p.max === "number" ? p.max : 1;
    const divisions = typeof p.divisions === "number" && p.divisions > 0 ? p.divisions : 0;
    slider.min = min;
    slider.max = max;
    slider.step = divisions ? (max - min) / divisions : (max - min) / 100;
    slider.ticks = divisions > 0 && divisions <= 20;
    const value = typeof p.value === "number" ? p.value : min;
    if (Number(slider.value) !== value) slider.value = value;
    slider.labeled = typeof p.label === "string";
    slider.valueLabel = sliderLabel(p.label, value, Number(p.round ?? 0));
    const name =
      typeof p.label === "string" ? slider.valueLabel : (p.tooltip as string | undefined);
    if (name) slider.setAttribute("aria-label", name);
    // As Flutter's Slider: the thumb keeps its colour in every state, activeColor also
    // colours the ink and the value label, and tick marks take the other track's colour.
    const thumb = p.thumbColor ?? p.activeColor;
    const tokens: [string, unknown][] = [
      ["active-track-color", p.activeColor],
      ["inactive-track-color", p.inactiveColor],
      ["handle-color", thumb],
      ["hover-handle-color", thumb],
      ["focus-handle-color", thumb],
      ["pressed-handle-color", thumb],
      ["hover-state-layer-color", p.activeColor],
      ["pressed-state-layer-color", p.activeColor],
      ["label-container-color", p.activeColor],
      ["with-tick-marks-active-container-color", p.inactiveColor],
      ["with-tick-marks-inactive-container-color", p.activeColor],
    ];
    for (const [token, color] of tokens) {
      const css = cssColor(color);
      if (css) slider.style.setProperty(`--md-slider-${token}`, css);
      else slider.style.removeProperty(`--md-slider-${token}`);
    }
    focusable(slider, p.disabled === true);
    if (p.autofocus === true) requestAnimationFrame(() => slider.focus());
  },
};
