/**
 * How this pack registers a renderer: the renderer draws its own props, then the generic
 * props ({@link applyCommon}) are applied to the same element.
 * @module
 */
import { defineRenderer, type RenderContext, type Renderer } from "flet-ts/browser";
import { twinOf, twins } from "./adaptive.js";
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
      // adaptive: the Cupertino twin draws the control (it applies the generic props itself).
      const twin = twinOf(type, ctx);
      if (twin) {
        const element = twin.create(ctx) as TElement;
        twins.set(element, twin);
        return element;
      }
      const element = renderer.create(ctx);
      element.classList.add("flet", `flet-${type}`);
      return element;
    },
    update(element, ctx, changed) {
      const twin = twins.get(element);
      if (twin) return twin.update(element, ctx, changed);
      renderer.update(element, ctx, changed);
      applyCommon(element, ctx, changed, options);
    },
    destroy(element) {
      const twin = twins.get(element);
      if (twin) twin.destroy?.(element);
      else renderer.destroy?.(element);
    },
    ...(renderer.methods ? { methods: renderer.methods } : {}),
    // Switching between Material and the Cupertino twin re-creates the element.
    variant: (ctx) => (twinOf(type, ctx) ? "cupertino" : "material"),
  });
}
