import { isLazyPending, type Renderer, rendererOf } from "./renderer.js";

/**
 * Stands in for a control whose lazy renderer (`defineLazyRenderer`) is still loading: an
 * empty, busy placeholder (its children wait, made but unplaced, so no half-drawn control
 * flashes by). Its variant turns from `loading` to `loaded` (or `failed`) when the load has
 * settled, which makes the runtime replace it with the real element, rendered in full.
 */
export const pendingRenderer: Renderer = {
  create(ctx) {
    const box = document.createElement("div");
    box.className = "flet-loading";
    box.dataset.fletLoading = ctx.type;
    box.setAttribute("aria-busy", "true");
    return box;
  },
  update() {},
  variant: (ctx) =>
    isLazyPending(ctx.type) ? "loading" : rendererOf(ctx.type) ? "loaded" : "failed",
};
