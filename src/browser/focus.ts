/**
 * The browser's side of `control.focus()`: moves keyboard focus into a control's element.
 * @module
 */

const FOCUSABLE =
  "[data-flet-focusable], input:not([type=hidden]), textarea, select, button, [tabindex]:not([tabindex='-1']), [contenteditable='true']";

/** True when `element` has the focus (itself, or inside its shadow root). */
function hasFocus(element: Element): boolean {
  const active = element.ownerDocument.activeElement;
  return active === element || (active !== null && element.contains(active));
}

/**
 * Focuses the element of a control: the element itself when it is focusable, else the
 * first focusable element inside it (a registered `focusable` input, a native input,
 * button or `tabindex` element). Returns true when the focus is there afterwards, false
 * when the browser refused (the control is hidden, disabled or `inert`).
 *
 * @example
 * ```ts
 * methods: { focus: (element) => focusControlElement(element) }
 * ```
 */
export function focusControlElement(element: HTMLElement | undefined): boolean {
  if (element === undefined || !element.isConnected) return false;
  if (element.closest(".flet-disabled") !== null) return false;
  const target = element.matches(FOCUSABLE)
    ? element
    : (element.querySelector<HTMLElement>(FOCUSABLE) ?? element);
  target.focus({ preventScroll: false });
  return hasFocus(target);
}
