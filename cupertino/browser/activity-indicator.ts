/**
 * `cupertinoactivityindicator`: twelve spokes fading in turn.
 * @module
 */
import { cssColor, type Renderer } from "flet-ts/browser";
import { el, num } from "./dom.js";

/**
 * Draws `cupertinoactivityindicator` as `role="progressbar"` named "Loading" (or its
 * tooltip); `animating: false` stops it.
 *
 * @example
 * ```ts
 * cupertino("cupertinoactivityindicator", activityIndicatorRenderer);
 * ```
 */
export const activityIndicatorRenderer: Renderer<HTMLSpanElement> = {
  create() {
    const element = el("span", "cu-spinner", { role: "progressbar" });
    for (let i = 0; i < 12; i++) {
      const spoke = el("i");
      spoke.style.transform = `rotate(${i * 30}deg)`;
      spoke.style.animationDelay = `${(i - 12) / 12}s`;
      element.append(spoke);
    }
    return element;
  },
  update(element, ctx) {
    const p = ctx.props;
    element.style.setProperty("--r", `${num(p.radius, 10)}px`);
    element.classList.toggle("cu-animating", p.animating !== false);
    element.setAttribute("aria-label", typeof p.tooltip === "string" ? p.tooltip : "Loading");
    element.setAttribute("aria-busy", String(p.animating !== false));
    const color = cssColor(p.color);
    if (color) element.style.setProperty("--cu-spin", color);
    else element.style.removeProperty("--cu-spin");
  },
};
