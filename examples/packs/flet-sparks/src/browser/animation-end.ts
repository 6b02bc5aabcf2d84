/**
 * The `animationEnd` event of the `animate*` props (the transitions themselves come from
 * `applyCommonProps` of `flet-ts/browser`).
 * @module
 */
import type { RenderContext } from "flet-ts/browser";

/**
 * Sends `animationEnd` when a transition started by an `animate*` prop ends (wire it once,
 * in `create`).
 *
 * @example
 * ```ts
 * create(ctx) {
 *   const element = document.createElement("div");
 *   wireAnimationEnd(element, ctx);
 *   return element;
 * }
 * ```
 */
export function wireAnimationEnd(element: HTMLElement, ctx: RenderContext): void {
  element.addEventListener("transitionend", (event) => {
    if (event.target === element) ctx.send("animationEnd", event.propertyName);
  });
}
