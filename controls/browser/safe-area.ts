/**
 * `safearea`: padding of `max(env(safe-area-inset-*), minimum)` on each enabled side.
 * @module
 */
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";

type Side = "top" | "right" | "bottom" | "left";
const SIDES: readonly Side[] = ["top", "right", "bottom", "left"];

/** The minimum padding of one side from a Flet padding value (a number or `{ left, top, … }`). */
function minimumOf(value: unknown, side: Side): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "object" && value !== null) {
    const v = (value as Record<string, unknown>)[side];
    if (typeof v === "number" && Number.isFinite(v)) return v;
  }
  return 0;
}

/**
 * The CSS padding of one side: the device inset (when the side is enabled) but at least `minimum`.
 *
 * @example
 * ```ts
 * safeAreaSideCss(true, 8, "top"); // "max(env(safe-area-inset-top, 0px), 8px)"
 * ```
 */
export function safeAreaSideCss(enabled: boolean, minimum: number, side: Side): string {
  return enabled ? `max(env(safe-area-inset-${side}, 0px), ${minimum}px)` : `${minimum}px`;
}

/** Draws `safearea`: a block whose padding keeps its child out of the device's unsafe edges. */
export const safeAreaRenderer: MaterialRenderer<HTMLElement> = {
  create: () => h("div", "", { "data-flet-safe-area": "" }),
  update(element, ctx) {
    const p = ctx.props;
    for (const side of SIDES) {
      const enabled = p[side] !== false;
      element.style.setProperty(
        `padding-${side}`,
        safeAreaSideCss(enabled, minimumOf(p.minimum, side), side),
      );
    }
    element.style.boxSizing = "border-box";
    element.style.display = "flex";
    element.style.flexDirection = "column";
    place(element, [ctx.child("content")]);
  },
};
