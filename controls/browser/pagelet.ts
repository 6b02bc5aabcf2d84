/**
 * `pagelet`: a page within the page, drawn by the runtime's scaffold (the same code as a
 * view) with its drawers confined to its own box.
 * @module
 */
import { createScaffold, passesConstraints, updateScaffold } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";

/**
 * Draws `pagelet` as a scaffold (app bar, body, bottom sheet, navigation bar, bottom app
 * bar, floating action button, drawers; see `createScaffold` of `flet-ts/browser`) whose
 * body hands its size to `content`, as Flutter's Scaffold gives its body the room between
 * the bars. Drawers open inside the Pagelet's box, over a scrim covering only the Pagelet.
 */
export const pageletRenderer: MaterialRenderer<HTMLElement> = {
  create() {
    const pagelet = h("div");
    const body = h("div", "flet-pagelet-body");
    passesConstraints(body, true);
    createScaffold(pagelet, body);
    return pagelet;
  },
  update(pagelet, ctx) {
    const body = pagelet.querySelector<HTMLElement>(".flet-pagelet-body")!;
    place(body, [ctx.child("content")]);
    updateScaffold(pagelet, ctx, { confined: true });
  },
};
