/**
 * `selectionarea` and `transparentpointer`: layout-transparent boxes around one control
 * (they pass their constraints on), one making its text selectable, one letting its
 * clicks through to what is under it.
 * @module
 */
import { passesConstraints } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";
import { h, place } from "./dom.js";

/** A box that adds no layout around its `content`. */
function box(): HTMLElement {
  const element = h("div");
  element.style.display = "flex";
  element.style.flexDirection = "column";
  passesConstraints(element, true);
  return element;
}

/** Draws `selectionarea`: its content's text is selectable (see the pack's CSS). */
export const selectionAreaRenderer: MaterialRenderer<HTMLElement> = {
  create: box,
  update(element, ctx) {
    place(element, [ctx.child("content")]);
  },
};

/** The pointer events a transparent pointer passes on, in the order a click makes them. */
const PASSED = ["pointerdown", "pointerup", "click"] as const;

// The topmost element under the pointer that is neither the layer, in it, nor around it
// gets a copy of the event (after the layer's own content had it).
function passOn(layer: HTMLElement, event: MouseEvent): void {
  if (!event.isTrusted) return;
  const below = document
    .elementsFromPoint(event.clientX, event.clientY)
    .find((element) => !layer.contains(element) && !element.contains(layer));
  if (!below) return;
  const Copy = event instanceof PointerEvent ? PointerEvent : MouseEvent;
  below.dispatchEvent(new Copy(event.type, event));
}

/** Draws `transparentpointer`: its content, whose clicks also reach what is under it. */
export const transparentPointerRenderer: MaterialRenderer<HTMLElement> = {
  create() {
    const element = box();
    for (const type of PASSED)
      element.addEventListener(type, (event) => passOn(element, event as MouseEvent));
    return element;
  },
  update(element, ctx) {
    place(element, [ctx.child("content")]);
  },
};
