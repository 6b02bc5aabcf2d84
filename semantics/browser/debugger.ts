/**
 * The semantics debugger (`page.showSemanticsDebugger`): an overlay that outlines every
 * element assistive technology sees as a node (one with a role or a name) and shows its
 * role and accessible name, redrawn as the page changes, scrolls or resizes.
 * @module
 */

const OVERLAY_ID = "flet-semantics-debugger";
const IMPLICIT: Record<string, string> = {
  a: "link",
  button: "button",
  select: "combobox",
  textarea: "textbox",
  img: "img",
  h1: "heading",
  h2: "heading",
  h3: "heading",
  h4: "heading",
  h5: "heading",
  h6: "heading",
  "md-checkbox": "checkbox",
  "md-switch": "switch",
  "md-slider": "slider",
  "md-radio": "radio",
  "md-outlined-text-field": "textbox",
  "md-filled-text-field": "textbox",
  "md-outlined-select": "combobox",
  "md-filled-select": "combobox",
  "md-linear-progress": "progressbar",
  "md-circular-progress": "progressbar",
};
const INPUT_ROLES: Record<string, string> = {
  checkbox: "checkbox",
  radio: "radio",
  range: "slider",
  button: "button",
  submit: "button",
};

/**
 * The role of `element` as assistive technology sees it, if it has one worth showing.
 *
 * @example
 * ```ts
 * roleOf(document.createElement("button")); // "button"
 * ```
 */
export function roleOf(element: Element): string | undefined {
  const explicit = element.getAttribute("role");
  if (explicit) return explicit === "none" || explicit === "presentation" ? undefined : explicit;
  const tag = element.localName;
  if (tag === "input") return INPUT_ROLES[(element as HTMLInputElement).type] ?? "textbox";
  if (tag === "a") return element.hasAttribute("href") ? "link" : undefined;
  if (/^md-.*button$/.test(tag)) return "button";
  return IMPLICIT[tag] ?? (element.hasAttribute("aria-label") ? "group" : undefined);
}

/**
 * The accessible name of `element`, roughly as a browser computes it (shortened to 60
 * characters).
 *
 * @example
 * ```ts
 * nameOf(slider); // "Volume"
 * ```
 */
export function nameOf(element: Element): string {
  const labelledBy = element.getAttribute("aria-labelledby");
  const byIds = labelledBy
    ?.split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
  const name =
    element.getAttribute("aria-label") ||
    byIds ||
    element.getAttribute("alt") ||
    element.getAttribute("label") ||
    element.getAttribute("title") ||
    (element as HTMLElement).innerText ||
    "";
  const text = name.replace(/\s+/g, " ").trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function hiddenFromAt(element: Element): boolean {
  return element.closest("[aria-hidden='true'],[hidden],[inert]") !== null;
}

/**
 * The elements the debugger outlines, in document order: visible, not hidden from
 * assistive technology, with a role.
 *
 * @example
 * ```ts
 * semanticNodes().map(roleOf); // ["heading", "slider", "button", ...]
 * ```
 */
export function semanticNodes(root: ParentNode = document.body): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll("*")) {
    if (element.closest(`#${OVERLAY_ID}`) || roleOf(element) === undefined) continue;
    if (hiddenFromAt(element)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2) continue;
    found.push(element);
  }
  return found;
}

function box(element: Element): HTMLElement {
  const rect = element.getBoundingClientRect();
  const outline = document.createElement("div");
  outline.className = "flet-semantics-debugger-box";
  Object.assign(outline.style, {
    position: "fixed",
    left: `${rect.left}px`,
    top: `${rect.top}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
    outline: "2px solid rgba(200, 0, 120, 0.85)",
    background: "rgba(200, 0, 120, 0.06)",
    boxSizing: "border-box",
  });
  const tag = document.createElement("span");
  tag.className = "flet-semantics-debugger-label";
  tag.textContent = `${roleOf(element)}: ${nameOf(element) || "(no name)"}`;
  // The label sits just outside the box (above it, or below at the window's top edge), so
  // it covers neither the text it describes nor its own end.
  const above = rect.top >= 16;
  Object.assign(tag.style, {
    position: "absolute",
    left: "-2px",
    ...(above ? { bottom: "100%" } : { top: "100%" }),
    font: "11px/1.3 system-ui, sans-serif",
    color: "#fff",
    background: "rgba(120, 0, 70, 0.9)",
    padding: "0 3px",
    whiteSpace: "nowrap",
  });
  outline.append(tag);
  return outline;
}

let overlay: HTMLElement | undefined;
let observer: MutationObserver | undefined;
let pending = false;
const redrawSoon = () => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    if (overlay) overlay.replaceChildren(...semanticNodes().map(box));
  });
};

/**
 * Shows (`true`) or hides (`false`) the semantics debugger.
 *
 * @example
 * ```ts
 * setSemanticsDebugger(true);
 * ```
 */
export function setSemanticsDebugger(on: boolean): void {
  if (on === (overlay !== undefined)) return;
  if (!on) {
    observer?.disconnect();
    overlay?.remove();
    overlay = observer = undefined;
    window.removeEventListener("scroll", redrawSoon, true);
    window.removeEventListener("resize", redrawSoon);
    return;
  }
  overlay = document.createElement("div");
  overlay.id = OVERLAY_ID;
  overlay.setAttribute("aria-hidden", "true");
  Object.assign(overlay.style, {
    position: "fixed",
    inset: "0",
    pointerEvents: "none",
    zIndex: "2147483000",
  });
  document.body.append(overlay);
  observer = new MutationObserver((records) => {
    if (records.some((r) => !overlay?.contains(r.target))) redrawSoon();
  });
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  window.addEventListener("scroll", redrawSoon, true);
  window.addEventListener("resize", redrawSoon);
  redrawSoon();
}
