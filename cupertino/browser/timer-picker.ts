/**
 * `cupertinotimerpicker`: hour, minute and second wheels for a duration.
 * @module
 */
import { cssColor, type RenderContext, type Renderer } from "flet-ts/browser";
import { el, num } from "./dom.js";
import { Wheel } from "./wheel.js";

type TimerElement = HTMLDivElement & { wheels: Record<"h" | "m" | "s", Wheel> };

const range = (count: number, step: number) =>
  Array.from({ length: Math.ceil(count / step) }, (_, i) => i * step);

/**
 * The parts of a duration in seconds.
 *
 * @example
 * ```ts
 * splitSeconds(3725); // { h: 1, m: 2, s: 5 }
 * ```
 */
export function splitSeconds(total: number): { h: number; m: number; s: number } {
  const value = Math.max(0, Math.floor(total));
  return { h: Math.floor(value / 3600), m: Math.floor((value % 3600) / 60), s: value % 60 };
}

function commit(element: TimerElement, ctx: RenderContext): void {
  const mode = String(ctx.props.mode ?? "hms");
  const minuteStep = num(ctx.props.minuteInterval, 1);
  const secondStep = num(ctx.props.secondInterval, 1);
  const { h, m, s } = element.wheels;
  const hours = mode === "ms" ? 0 : h.index;
  const minutes = m.index * minuteStep;
  const seconds = mode === "hm" ? 0 : s.index * secondStep;
  const value = hours * 3600 + minutes * 60 + seconds;
  ctx.send("change", value, { value });
}

/**
 * Draws `cupertinotimerpicker` in `hm`, `hms` or `ms` mode; each wheel is a listbox
 * named Hours/Minutes/Seconds. A settled change sends `change` with the seconds and the
 * two-way `value`.
 *
 * @example
 * ```ts
 * cupertino("cupertinotimerpicker", timerPickerRenderer);
 * ```
 */
export const timerPickerRenderer: Renderer<TimerElement> = {
  create(ctx) {
    const element = el("div", "cu-wheels", {
      role: "group",
      "aria-label": "Timer",
    }) as TimerElement;
    const make = (label: string) =>
      new Wheel({ label, extent: 32, onCommit: () => commit(element, ctx) });
    element.wheels = { h: make("Hours"), m: make("Minutes"), s: make("Seconds") };
    element.append(el("div", "cu-band"), ...Object.values(element.wheels).map((w) => w.element));
    return element;
  },
  update(element, ctx) {
    const p = ctx.props;
    const mode = String(p.mode ?? "hms");
    const extent = num(p.itemExtent, 32);
    const minuteStep = Math.max(1, num(p.minuteInterval, 1));
    const secondStep = Math.max(1, num(p.secondInterval, 1));
    const { h, m, s } = splitSeconds(num(p.value, 0));
    const { wheels } = element;
    for (const wheel of Object.values(wheels))
      wheel.configure({ extent, rows: 7, magnification: 1.05 });
    wheels.h.setRows(range(24, 1).map((n) => `${n} ${n === 1 ? "hour" : "hours"}`));
    wheels.m.setRows(range(60, minuteStep).map((n) => `${n} min`));
    wheels.s.setRows(range(60, secondStep).map((n) => `${n} sec`));
    wheels.h.element.hidden = mode === "ms";
    wheels.s.element.hidden = mode === "hm";
    wheels.h.select(mode === "ms" ? 0 : h);
    wheels.m.select(Math.round((mode === "ms" ? m + h * 60 : m) / minuteStep));
    wheels.s.select(Math.round(s / secondStep));
    (element.firstElementChild as HTMLElement).style.height = `${extent}px`;
    element.style.setProperty("--cu-pbg", cssColor(p.bgcolor) ?? "transparent");
    element.dataset.mode = mode;
    // Flutter's alignment of the wheels in the picker's box (default centre).
    const align = p.alignment as { x?: number; y?: number } | undefined;
    const place = (v: number | undefined) =>
      v === undefined ? "" : v < 0 ? "flex-start" : v > 0 ? "flex-end" : "center";
    element.style.justifyContent = place(align?.x);
    element.style.alignItems = place(align?.y);
  },
};
