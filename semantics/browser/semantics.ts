/**
 * `semantics`: a wrapper around its content carrying the ARIA of {@link ariaOf} and the
 * actions of {@link wireActions}.
 * @module
 */
import {
  applyCommonProps,
  passesConstraints,
  placeChildren,
  type RenderContext,
  type Renderer,
} from "flet-ts/browser";
import { wireActions } from "./actions.js";
import { ariaOf, MANAGED } from "./aria.js";

let hints = 0;

function hintElement(element: HTMLElement, text: string): HTMLElement | undefined {
  let hint = element.querySelector<HTMLElement>(":scope > .flet-semantics-hint");
  if (text === "") {
    hint?.remove();
    return undefined;
  }
  if (hint === null) {
    hint = document.createElement("span");
    hint.className = "flet-semantics-hint";
    // Referenced by aria-describedby, which reads hidden elements too; hidden, it is not
    // read a second time as content.
    hint.hidden = true;
    hint.id = `flet-semantics-hint-${++hints}`;
  }
  hint.textContent = text;
  return hint;
}

/**
 * The renderer of `semantics`.
 *
 * @example
 * ```ts
 * defineRenderer("semantics", semanticsRenderer);
 * ```
 */
export const semanticsRenderer: Renderer<HTMLElement> = {
  create(ctx: RenderContext) {
    const element = document.createElement("div");
    element.className = "flet-semantics";
    // Flutter's Semantics adds no layout: its child gets the constraints it gets.
    passesConstraints(element, true);
    wireActions(element, ctx);
    return element;
  },
  update(element, ctx, changed) {
    const p = ctx.props;
    const aria = ariaOf(p);
    for (const name of MANAGED) {
      const value = aria.attributes[name];
      if (value === undefined) element.removeAttribute(name);
      else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    }
    if (aria.focusable) element.tabIndex = 0;
    else element.removeAttribute("tabindex");
    const hint = hintElement(element, aria.hint);
    if (hint) element.setAttribute("aria-describedby", hint.id);
    else element.removeAttribute("aria-describedby");
    const content = ctx.child("content");
    placeChildren(
      element,
      [content, hint].filter((e): e is HTMLElement => e !== undefined),
    );
    element.hidden = p.visible === false;
    if (typeof p.maxValueLength === "number")
      element.dataset.maxValueLength = `${p.maxValueLength}`;
    else delete element.dataset.maxValueLength;
    // As Flet's constrainedControl around Flutter's Semantics: opacity, tooltip, expand,
    // direction, disabled (Semantics.enabled) and the rest of the inherited props.
    applyCommonProps(element, ctx, changed);
    if (changed.has("focused") && p.focused === true) {
      requestAnimationFrame(() => element.focus());
    }
  },
};
