/**
 * `mergesemantics`: one accessible node (`role="group"`) named after all the text of
 * its descendants. Without focusable descendants the descendants themselves are hidden
 * from assistive technology, so the merged node is read once, as one item.
 * @module
 */
import { applyCommonProps, passesConstraints, placeChildren, type Renderer } from "flet-ts/browser";

const FOCUSABLE =
  "a[href],button,input,select,textarea,[contenteditable],[tabindex]:not([tabindex='-1']),[role=button],[role=link],[role=slider]";

/**
 * True when `root` (or a Material Web element's shadow root below it) holds a focusable
 * element.
 *
 * @example
 * ```ts
 * hasFocusable(card); // false for a card of texts
 * ```
 */
export function hasFocusable(root: Element): boolean {
  if (root.querySelector(FOCUSABLE)) return true;
  for (const element of root.querySelectorAll("*")) {
    if (element.localName.startsWith("md-") && element.shadowRoot?.querySelector(FOCUSABLE))
      return true;
  }
  return false;
}

/**
 * The text a screen reader would read in `root`, one space between parts: text nodes,
 * and the `aria-label` (or `alt`) of elements that have one instead of their text.
 *
 * @example
 * ```ts
 * mergedText(card); // "Ada Lovelace Mathematician"
 * ```
 */
export function mergedText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.nodeValue ?? "");
      return;
    }
    if (!(node instanceof Element)) return;
    if (node instanceof HTMLElement && node.hidden) return;
    if (node.classList.contains("flet-semantics-hint")) return;
    if (node.getAttribute("aria-hidden") === "true" && !node.classList.contains("flet-merge-body"))
      return;
    const own = node.getAttribute("aria-label") ?? node.getAttribute("alt");
    if (own) {
      parts.push(` ${own} `);
      return;
    }
    // Icon glyphs (ligature names like "favorite") are not words to read.
    if (node.classList.contains("material-symbols-outlined") || node.localName === "md-icon")
      return;
    for (const child of node.childNodes) visit(child);
    parts.push(" ");
  };
  visit(root);
  return parts.join("").replace(/\s+/g, " ").trim();
}

const observers = new WeakMap<HTMLElement, MutationObserver>();

function refresh(element: HTMLElement): void {
  const body = element.firstElementChild as HTMLElement;
  const name = mergedText(body);
  if (!name) element.removeAttribute("aria-label");
  else if (element.getAttribute("aria-label") !== name) element.setAttribute("aria-label", name);
  // Only real changes: the observer sees this attribute too.
  const hide = !hasFocusable(body);
  if (hide && body.getAttribute("aria-hidden") !== "true") body.setAttribute("aria-hidden", "true");
  else if (!hide && body.hasAttribute("aria-hidden")) body.removeAttribute("aria-hidden");
}

/**
 * The renderer of `mergesemantics`.
 *
 * @example
 * ```ts
 * defineRenderer("mergesemantics", mergeSemanticsRenderer);
 * ```
 */
export const mergeSemanticsRenderer: Renderer<HTMLElement> = {
  create() {
    const element = document.createElement("div");
    element.className = "flet-merge-semantics";
    passesConstraints(element, true);
    element.setAttribute("role", "group");
    const body = document.createElement("div");
    body.className = "flet-merge-body";
    element.append(body);
    // Descendants update without this control: follow their text as it changes.
    const observer = new MutationObserver(() => refresh(element));
    observer.observe(body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributeFilter: ["aria-label", "alt", "hidden", "tabindex", "disabled", "aria-hidden"],
    });
    observers.set(element, observer);
    return element;
  },
  update(element, ctx, changed) {
    const body = element.firstElementChild as HTMLElement;
    const content = ctx.child("content");
    placeChildren(body, content ? [content] : []);
    element.hidden = ctx.props.visible === false;
    // As Flet's constrainedControl around Flutter's MergeSemantics.
    applyCommonProps(element, ctx, changed);
    refresh(element);
  },
  destroy(element) {
    observers.get(element)?.disconnect();
  },
};
