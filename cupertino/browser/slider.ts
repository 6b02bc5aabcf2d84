/**
 * `cupertinoslider`: a `role="slider"` track and thumb, dragged with mouse or touch and
 * moved with the keyboard.
 * @module
 */
import { cssColor, type RenderContext, type Renderer } from "flet-ts/browser";
import { isOff } from "./define.js";
import { el, num } from "./dom.js";

type SliderElement = HTMLDivElement & { fill: HTMLElement; thumb: HTMLElement };

function range(ctx: RenderContext) {
  const min = num(ctx.props.min, 0);
  const max = num(ctx.props.max, 1);
  const divisions = num(ctx.props.divisions, 0);
  return { min, max, step: divisions > 0 ? (max - min) / divisions : 0 };
}

function snap(ctx: RenderContext, value: number): number {
  const { min, max, step } = range(ctx);
  const clamped = Math.max(min, Math.min(max, value));
  if (step <= 0) return clamped;
  return Math.round((Math.round((clamped - min) / step) * step + min) * 1e9) / 1e9;
}

function paint(element: SliderElement, ctx: RenderContext): void {
  const { min, max } = range(ctx);
  const value = num(ctx.props.value, min);
  const ratio = max > min ? (Math.max(min, Math.min(max, value)) - min) / (max - min) : 0;
  element.fill.style.width = `${ratio * 100}%`;
  element.thumb.style.left = `${ratio * 100}%`;
  element.setAttribute("aria-valuemin", String(min));
  element.setAttribute("aria-valuemax", String(max));
  element.setAttribute("aria-valuenow", String(value));
}

/**
 * Draws `cupertinoslider`: `change` (two-way `value`) while moving, `changeStart` and
 * `changeEnd` (data: value) around a drag or key press; arrows, Page Up/Down, Home, End.
 *
 * @example
 * ```ts
 * cupertino("cupertinoslider", sliderRenderer);
 * ```
 */
export const sliderRenderer: Renderer<SliderElement> = {
  create(ctx) {
    const element = el("div", "cu-slider", { role: "slider", tabindex: "0" }) as SliderElement;
    const track = el("div", "cu-slider-track");
    element.fill = el("div", "cu-slider-fill");
    element.thumb = el("div", "cu-slider-thumb");
    track.append(element.fill, element.thumb);
    element.append(track);
    const set = (value: number) => {
      const next = snap(ctx, value);
      if (next !== ctx.props.value) ctx.send("change", next, { value: next });
    };
    const at = (x: number) => {
      const box = track.getBoundingClientRect();
      const { min, max } = range(ctx);
      return min + ((x - box.left) / Math.max(1, box.width)) * (max - min);
    };
    let dragging = false;
    element.addEventListener("pointerdown", (event) => {
      if (isOff(element)) return;
      dragging = true;
      element.setPointerCapture(event.pointerId);
      ctx.send("changeStart", ctx.props.value);
      set(at(event.clientX));
    });
    element.addEventListener("pointermove", (event) => dragging && set(at(event.clientX)));
    const end = () => {
      if (!dragging) return;
      dragging = false;
      ctx.send("changeEnd", ctx.props.value);
    };
    element.addEventListener("pointerup", end);
    element.addEventListener("pointercancel", end);
    element.addEventListener("keydown", (event) => {
      const { min, max, step } = range(ctx);
      const unit = step || (max - min) / 20;
      const value = num(ctx.props.value, min);
      const moves: Record<string, number> = {
        ArrowRight: value + unit,
        ArrowUp: value + unit,
        ArrowLeft: value - unit,
        ArrowDown: value - unit,
        PageUp: value + unit * 5,
        PageDown: value - unit * 5,
        Home: min,
        End: max,
      };
      if (!(event.key in moves) || isOff(element)) return;
      event.preventDefault();
      ctx.send("changeStart", value);
      set(moves[event.key]!);
      ctx.send("changeEnd", ctx.props.value);
    });
    element.addEventListener("focus", () => ctx.send("focus"));
    element.addEventListener("blur", () => ctx.send("blur"));
    return element;
  },
  update(element, ctx) {
    paint(element, ctx);
    const p = ctx.props;
    element.setAttribute(
      "aria-label",
      typeof p.tooltip === "string" ? p.tooltip : typeof p.label === "string" ? p.label : "Slider",
    );
    element.tabIndex = p.disabled === true ? -1 : 0;
    for (const [name, value] of [
      ["--cu-on", p.activeColor],
      ["--cu-knob", p.thumbColor],
    ] as const) {
      const css = cssColor(value);
      if (css) element.style.setProperty(name, css);
      else element.style.removeProperty(name);
    }
  },
};
