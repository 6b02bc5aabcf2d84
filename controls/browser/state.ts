/**
 * Per-state values (`{ hovered: c, "": c }` or a plain value) and Material Web tokens:
 * small helpers shared by the input renderers.
 * @module
 */
import { cssColor } from "flet-ts/browser";

/** A state map's entry for `state`, else its default (`""`), or a plain value as is. */
export function forState(value: unknown, state = ""): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const states = value as Record<string, unknown>;
  return states[state] ?? states[""];
}

/** The CSS colour of a state map's entry for `state` (else its default), or of a plain colour. */
export function stateColor(value: unknown, state = ""): string | undefined {
  return cssColor(forState(value, state));
}

/** Sets a CSS custom property (a Material Web token), or removes it when `value` is empty. */
export function setToken(element: HTMLElement, name: string, value: string | undefined): void {
  if (value) element.style.setProperty(name, value);
  else element.style.removeProperty(name);
}

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adds `css` (once, under `key`) to the open shadow root of a Material Web element, for
 * the parts its tokens do not reach (a tab's indicator insets, bevelled corners). The
 * rules should key off custom properties or host attributes the renderer sets.
 */
export function adoptShadowCss(element: HTMLElement, key: string, css: string): void {
  // Lit sets the shadow root's sheets when the element connects (replacing any added
  // before): add the rule now and again once the element is on the page.
  adoptNow(element, key, css);
  const lit = element as HTMLElement & { updateComplete?: Promise<unknown> };
  void lit.updateComplete?.then(() => adoptNow(element, key, css));
  requestAnimationFrame(() => adoptNow(element, key, css));
}

function adoptNow(element: HTMLElement, key: string, css: string): void {
  const root = element.shadowRoot;
  if (!root) return;
  let sheet = sheets.get(key);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(key, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * Sets `${prefix}-${token}` for each `[token, state]`: the colour of `value` in that state
 * (its `state` entry, else its default), removed when it has none.
 */
export function stateTokens(
  element: HTMLElement,
  prefix: string,
  value: unknown,
  tokens: readonly (readonly [token: string, state: string])[],
): void {
  for (const [token, state] of tokens)
    setToken(element, `${prefix}-${token}`, stateColor(value, state));
}

/**
 * Flutter's `borderRadius`, `borderWidth`, `focusedBorderWidth` and border colours of a
 * field, on a Material Web field's tokens (`prefix` is `--md-outlined-text-field`, ...).
 */
export function fieldBorder(
  element: HTMLElement,
  prefix: string,
  p: Readonly<Record<string, unknown>>,
): void {
  const radius = p.borderRadius;
  const corners =
    typeof radius === "object" && radius !== null ? (radius as Record<string, unknown>) : {};
  const px = (value: unknown) => (typeof value === "number" ? `${value}px` : undefined);
  setToken(element, `${prefix}-container-shape`, px(radius));
  for (const [token, corner] of [
    ["start-start", "topLeft"],
    ["start-end", "topRight"],
    ["end-end", "bottomRight"],
    ["end-start", "bottomLeft"],
  ] as const)
    setToken(
      element,
      `${prefix}-container-shape-${token}`,
      typeof radius === "object" && radius !== null ? (px(corners[corner]) ?? "0px") : undefined,
    );
  const width = px(p.borderWidth);
  const focused = px(p.focusedBorderWidth) ?? width;
  for (const state of ["", "hover-", "disabled-"])
    setToken(element, `${prefix}-${state}outline-width`, width);
  setToken(element, `${prefix}-focus-outline-width`, focused);
  setToken(element, `${prefix}-active-indicator-height`, width);
  setToken(element, `${prefix}-hover-active-indicator-height`, width);
  setToken(element, `${prefix}-focus-active-indicator-height`, focused);
}

/**
 * Flutter's BeveledRectangleBorder: corners cut straight at the radius (CSS
 * `corner-shape: bevel`), on the element and the parts of its shadow tree that take its
 * radius; other shapes keep round corners.
 */
export function bevel(element: HTMLElement, shape: unknown): void {
  const bevelled =
    typeof shape === "object" &&
    shape !== null &&
    (shape as { type?: unknown }).type === "beveledRectangle";
  element.style.setProperty("corner-shape", bevelled ? "bevel" : "");
  // The host's bevelled box clips the component's round parts (fill, ink) to its shape.
  element.style.overflow = bevelled ? "hidden" : "";
  if (bevelled) adoptShadowCss(element, "flet-bevel", "*,*::before,*::after{corner-shape:inherit}");
}

/** Flutter's `side` (a BorderSide in the default state) as an outline inside the edge. */
export function sideOutline(element: HTMLElement, side: unknown): void {
  // A BorderSide is an object too: it is a state map only without its own fields.
  const plain = typeof side === "object" && side !== null && ("width" in side || "color" in side);
  const value = (plain ? side : forState(side, "")) as
    | { width?: unknown; color?: unknown }
    | undefined;
  if (typeof value !== "object" || value === null) {
    element.style.outline = "";
    element.style.outlineOffset = "";
    return;
  }
  const width = typeof value.width === "number" ? value.width : 1;
  element.style.outline = `${width}px solid ${cssColor(value.color) ?? "var(--md-sys-color-outline)"}`;
  element.style.outlineOffset = `-${width}px`;
}
