/**
 * `rangeslider`: a Material 3 range slider (`md-slider` with two handles).
 * @module
 */
import { cssColor, focusable } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, type MdElement } from "./dom.js";
import { need } from "./lazy.js";
import { sliderLabel } from "./slider.js";

/** A state map's colour (`hovered`, `focused`, `pressed`, else the default `""`) or a plain colour. */
function overlay(value: unknown): string | undefined {
  if (typeof value === "object" && value !== null) {
    const states = value as Record<string, unknown>;
    return cssColor(states.hovered ?? states.pressed ?? states.focused ?? states[""]);
  }
  return cssColor(value);
}

/**
 * Draws `rangeslider`: two `role="slider"` handles (arrow keys step them). Moving one sends
 * `change` with the new `startValue` and `endValue`, `changeStart` and `changeEnd` around
 * a drag.
 */
export const rangeSliderRenderer: MaterialRenderer<HTMLElement> = {
  create(ctx) {
    need("slider");
    const wrapper = h("div");
    const slider = h("md-slider", "", { range: "" }) as MdElement;
    wrapper.append(slider);
    const round = () => Number(ctx.props.round ?? 0);
    slider.addEventListener("pointerdown", () =>
      ctx.send("changeStart", [Number(slider.valueStart), Number(slider.valueEnd)]),
    );
    slider.addEventListener("input", () => {
      const startValue = Number(slider.valueStart);
      const endValue = Number(slider.valueEnd);
      slider.valueLabelStart = sliderLabel(ctx.props.label, startValue, round());
      slider.valueLabelEnd = sliderLabel(ctx.props.label, endValue, round());
      ctx.send("change", [startValue, endValue], { startValue, endValue });
    });
    slider.addEventListener("change", () =>
      ctx.send("changeEnd", [Number(slider.valueStart), Number(slider.valueEnd)]),
    );
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
    const start = typeof p.startValue === "number" ? p.startValue : min;
    const end = typeof p.endValue === "number" ? p.endValue : max;
    if (Number(slider.valueStart) !== start) slider.valueStart = start;
    if (Number(slider.valueEnd) !== end) slider.valueEnd = end;
    const round = Number(p.round ?? 0);
    slider.labeled = typeof p.label === "string";
    slider.valueLabelStart = sliderLabel(p.label, start, round);
    slider.valueLabelEnd = sliderLabel(p.label, end, round);
    const name = typeof p.label === "string" ? p.label.replaceAll("{value}", "").trim() : "";
    const base = name || (typeof p.tooltip === "string" ? p.tooltip : "Range");
    slider.ariaLabelStart = `${base} start`;
    slider.ariaLabelEnd = `${base} end`;
    const tokens: [string, string | undefined][] = [
      ["active-track-color", cssColor(p.activeColor)],
      ["inactive-track-color", cssColor(p.inactiveColor)],
      ["handle-color", cssColor(p.activeColor)],
      ["hover-state-layer-color", overlay(p.overlayColor)],
      ["pressed-state-layer-color", overlay(p.overlayColor)],
    ];
    for (const [token, css] of tokens) {
      if (css) slider.style.setProperty(`--md-slider-${token}`, css);
      else slider.style.removeProperty(`--md-slider-${token}`);
    }
    focusable(slider, p.disabled === true);
  },
};
