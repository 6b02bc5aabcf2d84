/**
 * Material 3 plain tooltips: one floating bubble shared by the page, shown after a short
 * hover or on keyboard focus, plus a hidden description per control for screen readers
 * (`aria-describedby`).
 * @module
 */
import { h } from "./dom.js";

const SHOW_DELAY_MS = 500;
let bubble: HTMLElement | undefined;
let descriptions: HTMLElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
const texts = new WeakMap<HTMLElement, string>();

function show(target: HTMLElement): void {
  const text = texts.get(target);
  if (!text) return;
  bubble ??= document.body.appendChild(h("div", "flet-tooltip-bubble", { "aria-hidden": "true" }));
  bubble.textContent = text;
  const box = target.getBoundingClientRect();
  bubble.classList.add("flet-open");
  const width = bubble.offsetWidth;
  const left = Math.max(
    4,
    Math.min(window.innerWidth - width - 4, box.left + box.width / 2 - width / 2),
  );
  const below = box.bottom + 4 + bubble.offsetHeight < window.innerHeight;
  bubble.style.left = `${left}px`;
  bubble.style.top = `${below ? box.bottom + 4 : box.top - 4 - bubble.offsetHeight}px`;
}

function hide(): void {
  clearTimeout(timer);
  bubble?.classList.remove("flet-open");
}

function onEnter(this: HTMLElement): void {
  clearTimeout(timer);
  timer = setTimeout(() => show(this), SHOW_DELAY_MS);
}

function onFocus(this: HTMLElement): void {
  if (this.matches(":focus-visible") || this.querySelector(":focus-visible")) show(this);
}

function onKey(event: KeyboardEvent): void {
  if (event.key === "Escape") hide();
}

/**
 * Gives `element` a tooltip, or removes it when `text` is empty. With `asName`, the text
 * is the element's accessible name (`aria-label`, for icon-only buttons); otherwise it is
 * its description.
 *
 * @example
 * ```ts
 * setTooltip(button, "Delete", "c12", true);
 * ```
 */
export function setTooltip(
  element: HTMLElement,
  text: string | undefined,
  id: string,
  asName = false,
): void {
  const had = texts.has(element);
  if (!text) {
    if (!had) return;
    texts.delete(element);
    element.removeAttribute("aria-describedby");
    document.getElementById(`flet-tip-${id}`)?.remove();
    return;
  }
  texts.set(element, text);
  if (asName) element.setAttribute("aria-label", text);
  else {
    descriptions ??= document.body.appendChild(
      h("div", "flet-sr-only", { "aria-hidden": "false" }),
    );
    const tipId = `flet-tip-${id}`;
    const description =
      document.getElementById(tipId) ?? descriptions.appendChild(h("span", "", { id: tipId }));
    description.textContent = text;
    element.setAttribute("aria-describedby", tipId);
  }
  if (had) return;
  element.addEventListener("pointerenter", onEnter);
  element.addEventListener("pointerleave", hide);
  element.addEventListener("focusin", onFocus);
  element.addEventListener("focusout", hide);
  element.addEventListener("keydown", onKey);
}
