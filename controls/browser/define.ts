/**
 * How this pack registers a renderer: the renderer draws its own props, then the generic
 * props ({@link applyCommon}) are applied to the same element.
 * @module
 */
import { defineRenderer, type RenderContext, type Renderer } from "flet-ts/browser";
import { applyCommon } from "./common.js";

/** A renderer of this pack, plus how the generic props apply to it. */
export interface MaterialRenderer<TElement extends HTMLElement> extends Renderer<TElement> {
  /** `false` when the renderer uses `tooltip` itself (as an accessible name). */
  readonly tooltip?: boolean;
}

/**
 * Registers a renderer for `type`, wrapped so that every element gets the `flet-<type>`
 * class and the generic props.
 *
 * @example
 * ```ts
 * material("divider", { create: () => h("hr"), update(element, ctx) { ... } });
 * ```
 */
export function material<TElement extends HTMLElement>(
  type: string,
  renderer: MaterialRenderer<TElement>,
): void {
  const options = { tooltip: renderer.tooltip !== false };
  defineRenderer<TElement>(type, {
    create(ctx: RenderContext) {
      const element = renderer.create(ctx);
      element.classList.add("flet", `flet-${type}`);
      return element;
    },
    update(element, ctx, changed) {
      renderer.update(element, ctx, changed);
      applyCommon(element, ctx, changed, options);
    },
    ...(renderer.destroy ? { destroy: renderer.destroy.bind(renderer) } : {}),
  });
}
