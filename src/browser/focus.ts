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
 * when the browser refused (the control is hidden, disabled or `inert`). Waits for a web
 * component's first render (`updateComplete`) when it has one.
 *
 * @example
 * ```ts
 * methods: { focus: (element) => focusControlElement(element) }
 * ```
 */
export function focusControlElement(element: HTMLElement | undefined): boolean | Promise<boolean> {
  if (element === undefined || !element.isConnected) return false;
  if (element.closest(".flet-disabled") !== null) return false;
  const target: HTMLElement & { updateComplete?: Promise<unknown> } = element.matches(FOCUSABLE)
    ? element
    : (element.querySelector<HTMLElement>(FOCUSABLE) ?? element);
  const focus = () => {
    target.focus({ preventScroll: false });
    return hasFocus(target);
  };
  // A web component focuses its inner input once it is defined (they may load lazily)
  // and has rendered (Lit's `updateComplete`).
  const name = target.localName;
  if (name.includes("-") && customElements.get(name) === undefined) {
    return customElements
      .whenDefined(name)
      .then(() => (target as { updateComplete?: Promise<unknown> }).updateComplete)
      .then(focus);
  }
  return target.updateComplete ? target.updateComplete.then(focus) : focus();
}
