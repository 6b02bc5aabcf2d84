import { placeChildren } from "./layout.js";
import type { ControlContext } from "./render-context.js";
import { lazyLoadFailed, type Renderer } from "./renderer.js";

/**
 * Draws a control type that has no renderer: a visible dashed box naming the type (the
 * usual cause is a pack whose browser entry is not in the bundle), with the control's
 * children inside so the rest of the page still shows. A type whose lazy renderer failed
 * to load says so instead.
 */
export const unknownRenderer: Renderer = {
  create(ctx) {
    const box = document.createElement("div");
    box.className = "flet-unknown";
    box.setAttribute("role", "note");
    const label = document.createElement("div");
    label.className = "flet-unknown-label";
    label.textContent = lazyLoadFailed(ctx.type)
      ? `Could not load control: ${ctx.type}`
      : `Unknown control: ${ctx.type}`;
    box.append(label);
    return box;
  },
  update(element, ctx) {
    const children: HTMLElement[] = [];
    for (const slot of (ctx as ControlContext).slotNames()) children.push(...ctx.children(slot));
    placeChildren(element, [element.firstElementChild!, ...children]);
  },
};
